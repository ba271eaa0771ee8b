import type { ResolvedModel } from '../models/types.js';
import type { AnyRule, Report } from '../rule.js';
import type { JsonPatch } from '../types.js';

/** What a rule's report becomes: its message filled in, before the engine adds severity and ranges. */
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

/**
 * A finding about `prod-gpt4` must say why reqlint applied another model's facts: when the request's
 * model is a configured alias and the message names it, the message says what it resolved to.
 */
export function explainAlias(finding: RawFinding, model: ResolvedModel | undefined): RawFinding {
  if (model === undefined || model.via !== 'alias' || !finding.message.includes(`\`${model.requestedId}\``)) return finding;
  const note = ` (\`${model.requestedId}\` is an alias of \`${model.id}\`)`;
  const message = finding.message.endsWith('.') ? finding.message.slice(0, -1) + note + '.' : finding.message + note;
  return { ...finding, message };
}

/** A rule's report as a finding, holding the rule to what its meta declares. */
export function toFinding(rule: AnyRule, report: Report<string>): RawFinding {
  const data = stringify(report.data);
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  // As in ESLint: a rule must declare what it offers, so docs, presets and `--fix` can trust meta.
  if (report.fix !== undefined && rule.meta.fixable !== true) throw new Error(`rule ${rule.id} reported a fix but its meta does not declare \`fixable\``);
  if (report.suggestions !== undefined && rule.meta.hasSuggestions !== true) throw new Error(`rule ${rule.id} reported suggestions but its meta does not declare \`hasSuggestions\``);
  // It is skipped on requests that pass the schema, so a report it would make there is lost.
  if (rule.meta.onlyOnSchemaErrors === true && report.explainsSchemaError !== true) throw new Error(`rule ${rule.id} declares \`onlyOnSchemaErrors\` but reported without \`explainsSchemaError\``);
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
