import type { NodeLists } from '../dialects/types.js';
import type { ResolvedModel } from '../models/types.js';
import type { NodeKind } from '../nodes.js';
import type { AnyRule, Report, RuleContext } from '../rule.js';
import type { Api, JsonPatch } from '../types.js';
import type { RuleState } from './settings.js';

export interface RawFinding {
  ruleId: string;
  message: string;
  path: string;
  target: 'key' | 'value';
  fix?: JsonPatch;
  suggestions?: Array<{ message: string; fix: JsonPatch }>;
  messageId?: string;
  data?: Record<string, string>;
}

export interface RunRulesInput {
  rules: readonly AnyRule[];
  states: ReadonlyMap<string, RuleState>;
  api: Api;
  model: ResolvedModel | undefined;
  request: Record<string, unknown>;
  nodes: NodeLists;
  nameOf(pointer: string): string;
}

/**
 * Runs every enabled rule that applies to this API (and, for model rules, only with a known model).
 * Each rule's visitors see only the node kinds they name. A rule that throws is a bug in reqlint, not
 * in the user's request: it becomes an `internal/rule-error` finding instead of crashing the caller.
 */
export function runRules(input: RunRulesInput): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const rule of input.rules) {
    const state = input.states.get(rule.id);
    if (state === undefined) continue;
    if (!rule.meta.apis.includes(input.api)) continue;
    if (rule.meta.requiresModel === true && input.model === undefined) continue;
    const context: RuleContext<string, unknown> = {
      api: input.api,
      options: state.options,
      model: input.model,
      raw: input.request,
      nameOf: input.nameOf,
      report: (report) => findings.push(toFinding(rule, report)),
    };
    try {
      const visitors = rule.create(context);
      for (const kind of Object.keys(visitors) as NodeKind[]) {
        const visit = visitors[kind] as ((node: unknown) => void) | undefined;
        if (visit === undefined) continue;
        for (const node of input.nodes[kind]) visit(node);
      }
    } catch (error) {
      findings.push({
        ruleId: 'internal/rule-error',
        message: `Rule \`${rule.id}\` failed on this request (${error instanceof Error ? error.message : String(error)}); please report this bug.`,
        path: '',
        target: 'value',
      });
    }
  }
  return findings;
}

function toFinding(rule: AnyRule, report: Report<string>): RawFinding {
  const data = stringify(report.data);
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  // As in ESLint: a rule must declare what it offers, so docs, presets and `--fix` can trust meta.
  if (report.fix !== undefined && rule.meta.fixable !== true) throw new Error(`rule ${rule.id} reported a fix but its meta does not declare \`fixable\``);
  if (report.suggestions !== undefined && rule.meta.hasSuggestions !== true) throw new Error(`rule ${rule.id} reported suggestions but its meta does not declare \`hasSuggestions\``);
  return {
    ruleId: rule.id,
    message: fillTemplate(template, data),
    path: report.path,
    target: report.target ?? 'key',
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.suggestions
      ? { suggestions: report.suggestions.map((s) => ({ message: fillTemplate(rule.meta.messages[s.messageId] ?? s.messageId, stringify(s.data)), fix: s.fix })) }
      : {}),
    messageId: report.messageId,
    ...(data ? { data } : {}),
  };
}

function stringify(data: Record<string, string | number> | undefined): Record<string, string> | undefined {
  if (data === undefined) return undefined;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, String(value)]));
}

/** `{{name}}` placeholders, as in ESLint message templates. */
export function fillTemplate(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data?.[name] ?? whole);
}
