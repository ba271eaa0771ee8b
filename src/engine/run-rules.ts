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
  /** See `Report.explainsSchemaError`. */
  explainsSchemaError?: boolean;
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

/** An enabled rule that applies to one API, with its resolved options. */
interface PlannedRule {
  rule: AnyRule;
  options: unknown;
  /**
   * One context object per planned rule, refilled for each request. `create()` still runs per
   * request (so rules may keep per-request state in it), but the context and its `report` closure
   * are not reallocated for every rule on every request. Linting is synchronous, so no two requests
   * ever share it at the same time.
   */
  context: MutableContext;
}

type MutableContext = { -readonly [K in keyof RuleContext<string, unknown>]: RuleContext<string, unknown>[K] } & { findings: RawFinding[] };

function newContext(rule: AnyRule, options: unknown): MutableContext {
  const context: MutableContext = {
    api: 'chat.completions',
    options,
    model: undefined,
    raw: {},
    nameOf: () => '',
    findings: [],
    report: (report) => context.findings.push(explainAlias(toFinding(rule, report), context.model)),
  };
  return context;
}

/** The rules to run for one rule list + settings, by API, with and without a known model. */
interface Plans {
  withModel: Map<string, readonly PlannedRule[]>;
  withoutModel: Map<string, readonly PlannedRule[]>;
}

/**
 * Which rules run, per rule list + settings (one per `lint` options object) and per API and "model
 * known": decided once instead of on every request, so rules that are off or do not apply cost nothing.
 */
const plans = new WeakMap<readonly AnyRule[], WeakMap<ReadonlyMap<string, RuleState>, Plans>>();
/** The last rule list + settings seen: a process nearly always lints with one options object. */
let last: { rules: readonly AnyRule[]; states: ReadonlyMap<string, RuleState>; plans: Plans } | undefined;

function plansFor(rules: readonly AnyRule[], states: ReadonlyMap<string, RuleState>): Plans {
  if (last !== undefined && last.rules === rules && last.states === states) return last.plans;
  let byStates = plans.get(rules);
  if (byStates === undefined) plans.set(rules, (byStates = new WeakMap()));
  let found = byStates.get(states);
  if (found === undefined) byStates.set(states, (found = { withModel: new Map(), withoutModel: new Map() }));
  last = { rules, states, plans: found };
  return found;
}

function planFor(input: RunRulesInput): readonly PlannedRule[] {
  const found = plansFor(input.rules, input.states);
  const byApi = input.model === undefined ? found.withoutModel : found.withModel;
  let plan = byApi.get(input.api);
  if (plan === undefined) {
    plan = input.rules.flatMap((rule) => {
      const state = input.states.get(rule.id);
      if (state === undefined) return [];
      if (!rule.meta.apis.includes(input.api)) return [];
      if (rule.meta.requiresModel === true && input.model === undefined) return [];
      return [{ rule, options: state.options, context: newContext(rule, state.options) }];
    });
    byApi.set(input.api, plan);
  }
  return plan;
}

/**
 * Runs every enabled rule that applies to this API (and, for model rules, only with a known model).
 * Each rule's visitors see only the node kinds they name (the nodes were extracted in one walk), and
 * a kind with no nodes in this request costs nothing. A rule that throws is a bug in reqlint, not in
 * the user's request: it becomes an `internal/rule-error` finding instead of crashing the caller.
 */
export function runRules(input: RunRulesInput): RawFinding[] {
  const findings: RawFinding[] = [];
  const nodes = input.nodes;
  for (const { rule, context } of planFor(input)) {
    context.api = input.api;
    context.model = input.model;
    context.raw = input.request;
    context.nameOf = input.nameOf;
    context.findings = findings;
    try {
      const visitors = rule.create(context);
      // `for...in` over the visitor object: no key array allocated per rule and request.
      for (const kind in visitors) {
        const visit = visitors[kind as NodeKind] as ((node: unknown) => void) | undefined;
        const list = nodes[kind as NodeKind] as readonly unknown[] | undefined;
        if (visit === undefined || list === undefined || list.length === 0) continue;
        for (let i = 0; i < list.length; i++) visit(list[i]);
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

/**
 * A finding about `prod-gpt4` must say why reqlint applied another model's facts: when the request's
 * model is a configured alias and the message names it, the message says what it resolved to.
 */
function explainAlias(finding: RawFinding, model: ResolvedModel | undefined): RawFinding {
  if (model === undefined || model.via !== 'alias' || !finding.message.includes(`\`${model.requestedId}\``)) return finding;
  const note = ` (\`${model.requestedId}\` is an alias of \`${model.id}\`)`;
  const message = finding.message.endsWith('.') ? finding.message.slice(0, -1) + note + '.' : finding.message + note;
  return { ...finding, message };
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
    ...(report.explainsSchemaError ? { explainsSchemaError: true } : {}),
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
