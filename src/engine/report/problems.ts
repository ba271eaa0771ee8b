import { docsUrlFor } from '../../docs-url.js';
import { isWithin } from '../../json-pointer.js';
import type { ResolvedModel } from '../../models/types.js';
import type { AnyRule, Report } from '../../rule.js';
import type { Diagnostic, JsonPatch, Range, Severity, Suggestion } from '../../types.js';
import type { WireRequest } from '../../dialects/types.js';
import { LineIndex, rangeOf } from '../parse/positions.js';
import type { ParsedText } from '../parse/parse.js';
import type { RuleState } from '../settings.js';

/**
 * Every finding, from a rule, a schema check or the parser, is a `Problem` until the end of a lint,
 * and becomes a `Diagnostic` in `toDiagnostics` only: one shape from report to output (as ESLint's
 * `lib/linter/file-report.js` builds one problem object). A problem's pointers are already in the
 * user's own document; what depends on the options and the text (severity, range, docs link) is
 * added at the end.
 */
export interface Problem {
  ruleId: string;
  message: string;
  path: string;
  target: 'key' | 'value';
  /** Only when the stage that found it knows it better than the pointer does (a syntax error). */
  range?: Range;
  fix?: JsonPatch;
  suggestions?: Suggestion[];
  messageId?: string;
  data?: Record<string, string>;
  /** See `Report.explainsSchemaError`. */
  explainsSchemaError?: boolean;
}

/** A rule's report as a problem: message filled in, held to what the rule's meta declares, pointers mapped into the user's document. */
export function problemFromReport(rule: AnyRule, report: Report<string>, wire: WireRequest, model: ResolvedModel | undefined): Problem {
  const data = stringify(report.data);
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  // As in ESLint: a rule must declare what it offers, so docs, presets and `--fix` can trust meta.
  if (report.fix !== undefined && rule.meta.fixable !== true)
    throw new Error(`rule ${rule.id} reported a fix but its meta does not declare \`fixable\``);
  if (report.suggestions !== undefined && rule.meta.hasSuggestions !== true)
    throw new Error(`rule ${rule.id} reported suggestions but its meta does not declare \`hasSuggestions\``);
  const fix = report.fix === undefined ? undefined : toUserPatch(report.fix, wire);
  const suggestions = report.suggestions?.flatMap((suggestion) => {
    const patch = toUserPatch(suggestion.fix, wire);
    return patch === undefined
      ? []
      : [
          {
            message: fillTemplate(rule.meta.messages[suggestion.messageId] ?? suggestion.messageId, stringify(suggestion.data)),
            fix: patch,
          },
        ];
  });
  return {
    ruleId: rule.id,
    message: explainAlias(fillTemplate(template, data), model),
    path: wire.toUserPointer(report.path) ?? '',
    target: report.target ?? 'key',
    ...(fix ? { fix } : {}),
    ...(suggestions && suggestions.length > 0 ? { suggestions } : {}),
    messageId: report.messageId,
    ...(data ? { data } : {}),
    ...(report.explainsSchemaError ? { explainsSchemaError: true } : {}),
  };
}

/**
 * The problems as diagnostics: severities from the options (a problem whose rule is off is dropped),
 * ranges from the text when there is one, docs links, and the generic schema findings that a rule
 * explains better left out; in document order when there is text.
 */
export function toDiagnostics(
  problems: readonly Problem[],
  severities: ReadonlyMap<string, RuleState>,
  text: string | undefined,
  parsed: ParsedText | undefined,
): Diagnostic[] {
  if (problems.length === 0) return [];
  // A rule that says it explains a schema error (a Responses parameter sent to Chat Completions, a
  // `tool_choice` shaped for another API...) replaces every generic schema finding in that subtree.
  // Only rules that say so: a duplicate-key warning at an unknown key must not hide that it is unknown.
  const explained = problems.filter((problem) => problem.explainsSchemaError === true).map((problem) => problem.path);
  const lines = text === undefined ? undefined : new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    if (problem.ruleId.startsWith('schema/') && explained.some((root) => isWithin(problem.path, root))) continue;
    const severity = severities.get(problem.ruleId)?.severity ?? UNCONFIGURABLE_SEVERITY[problem.ruleId];
    if (severity === undefined) continue;
    let range = problem.range;
    if (range === undefined && lines !== undefined) {
      const found = parsed?.locate(problem.path);
      if (found !== undefined) range = rangeOf(found, lines, problem.target);
    }
    diagnostics.push({
      ruleId: problem.ruleId,
      severity,
      message: problem.message,
      path: problem.path,
      target: problem.target,
      ...(range ? { range } : {}),
      ...(problem.fix ? { fix: problem.fix } : {}),
      ...(problem.suggestions ? { suggestions: problem.suggestions } : {}),
      docsUrl: docsUrlFor(problem.ruleId),
      ...(problem.messageId ? { messageId: problem.messageId } : {}),
      ...(problem.data ? { data: problem.data } : {}),
    });
  }
  if (lines !== undefined)
    diagnostics.sort((a, b) => (a.range?.start.offset ?? 0) - (b.range?.start.offset ?? 0) || a.ruleId.localeCompare(b.ruleId));
  return diagnostics;
}

/** Checks that are errors whatever the options say: without a parsed body of a known kind, nothing else can run. */
const UNCONFIGURABLE_SEVERITY: Readonly<Record<string, Severity>> = { 'parse/syntax': 'error', 'dialect/unknown': 'error' };

/** A JSON Patch on the wire request, in the user's document; `undefined` when a pointer has no counterpart there. */
function toUserPatch(patch: JsonPatch, wire: WireRequest): JsonPatch | undefined {
  const mapped = [];
  for (const operation of patch) {
    const path = wire.toUserPointer(operation.path);
    if (path === undefined) return undefined;
    if ('from' in operation) {
      const from = wire.toUserPointer(operation.from);
      if (from === undefined) return undefined;
      mapped.push({ ...operation, path, from });
    } else {
      mapped.push({ ...operation, path });
    }
  }
  return mapped;
}

/**
 * A finding about `prod-gpt4` must say why reqlint applied another model's facts: when the request's
 * model is a configured alias and the message names it, the message says what it resolved to.
 */
function explainAlias(message: string, model: ResolvedModel | undefined): string {
  if (model === undefined || model.via !== 'alias' || !message.includes(`\`${model.requestedId}\``)) return message;
  const note = ` (\`${model.requestedId}\` is an alias of \`${model.id}\`)`;
  return message.endsWith('.') ? message.slice(0, -1) + note + '.' : message + note;
}

function stringify(data: Record<string, string | number> | undefined): Record<string, string> | undefined {
  if (data === undefined) return undefined;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, String(value)]));
}

/** `{{name}}` placeholders, as in ESLint message templates. */
export function fillTemplate(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data?.[name] ?? whole);
}
