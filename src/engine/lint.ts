import { detectDialect, dialectById, evidenceFor } from '../dialects/index.js';
import type { DialectAdapter, TrustPredicate, WireRequest } from '../dialects/types.js';
import { isWithin } from '../json-pointer.js';
import type { ModelRegistry } from '../models/registry.js';
import type { ResolvedModel } from '../models/types.js';
import type { ApiOption, Dialect, LintResult } from '../types.js';
import { runRules } from './dispatch/run-rules.js';
import { parseDocument, type ParsedDocument } from './parse/document.js';
import { NO_ISSUES, type NumberSource } from './validate/schema-errors.js';
import { toDiagnostics, type Problem } from './report/problems.js';
import { sessionFor, type LintOptions } from './session.js';
import { validateDocument, validateMappedRequest, type SchemaIssue } from './validate/validate-document.js';
import { pushAll } from '../push-all.js';

export type { LintOptions } from './session.js';

const DEFAULT_OPTIONS: LintOptions = {};

/**
 * Lints one request. `input` is a parsed value, or JSON/JSONC text (a string is always treated as
 * text). The result depends only on the input, the options and the model registry. Never throws on
 * any input and never mutates it; a configuration error (unknown rule, bad options) throws
 * `ConfigError` because it is the caller's mistake, not the document's.
 *
 * The pipeline: parse → choose the dialect → validate against its schema → map to the wire request →
 * resolve the model → extract typed nodes → run the rules → diagnostics.
 */
export function lint(input: unknown, options: LintOptions = DEFAULT_OPTIONS): LintResult {
  const session = sessionFor(options);
  const problems: Problem[] = [];
  const finish = (api?: Dialect, model?: LintResult['model']): LintResult => ({
    diagnostics: toDiagnostics(problems, session.states, parsed.text, parsed.tree),
    api,
    ...(model ? { model } : {}),
  });

  const parsed = parseDocument(input, problems);
  if (parsed.body === undefined) return finish();

  const dialect = chooseDialect(parsed.body, options.api ?? 'auto', problems);
  if (dialect === undefined) return finish();

  const numberSource = numberSourceOf(parsed);
  const schemaIssues = validateDocument(dialect, parsed.body, numberSource);
  pushAll(problems, schemaIssues);

  const wire = dialect.toWire(parsed.body, options);
  pushAll(problems, wire.findings ?? []);
  const wireIssues = dialect.id === wire.api ? NO_ISSUES : validateMappedRequest(wire, schemaIssues, numberSource);
  pushAll(problems, wireIssues);

  const model = resolveModel(wire, session.registry, problems);
  const extractNodes = dialectById(wire.api)?.extractNodes;
  if (extractNodes !== undefined) {
    const nodes = extractNodes(wire.request, trustedOutside(schemaIssues, wireIssues, wire));
    pushAll(problems, runRules(session.rulesFor(wire.api), wire, nodes, model));
  }

  const requested = wire.request.model;
  return finish(dialect.id, typeof requested === 'string' ? { requested, resolved: model?.id } : undefined);
}

/** The text of a number as written, for messages about integers too large for a JavaScript number. */
function numberSourceOf({ text, tree }: ParsedDocument): NumberSource | undefined {
  if (text === undefined || tree === undefined) return undefined;
  return (pointer) => {
    const found = tree.locate(pointer);
    const written = found?.exact ? text.slice(found.offset, found.offset + found.length) : undefined;
    return written !== undefined && /^-?\d/.test(written) ? written : undefined;
  };
}

function chooseDialect(body: Record<string, unknown>, api: ApiOption, problems: Problem[]): DialectAdapter | undefined {
  if (api !== 'auto') {
    const dialect = dialectById(api);
    if (dialect === undefined)
      problems.push({
        ruleId: 'dialect/unknown',
        message: `reqlint cannot lint \`${String(api)}\` requests yet.`,
        path: '',
        target: 'value',
      });
    return dialect;
  }
  const detection = detectDialect(body);
  if (detection.kind === 'detected') {
    // Only a guess from secondary keys is worth an info; a body with `messages` or `input` is plainly what it is.
    if (!detection.decisive)
      problems.push({
        ruleId: 'dialect/assumed',
        message: `Linted as a ${detection.dialect.title} request because it has ${evidenceFor(detection.dialect, body)}; pass \`api\` if it is for another API.`,
        path: '',
        target: 'value',
      });
    return detection.dialect;
  }
  // One finding that names the candidates and how to choose, never a guessed error such as "missing `messages`".
  const choose = 'say which with `--api chat.completions|responses|langchain`, or `api` in the config (or the `lint()` options)';
  const message =
    detection.kind === 'ambiguous'
      ? `This body could be ${detection.candidates.map((c) => `${c.dialect.title} (it has ${c.evidence})`).join(' or ')}; ${choose}.`
      : `This body fits no API reqlint knows: Chat Completions needs \`messages\`, Responses \`input\`, and LangChain ChatOpenAI options are told by camelCase keys such as \`maxTokens\`; ${choose}.`;
  problems.push({ ruleId: 'dialect/unknown', message, path: '', target: 'value' });
  return undefined;
}

function resolveModel(wire: WireRequest, registry: ModelRegistry, problems: Problem[]): ResolvedModel | undefined {
  const id = wire.request.model;
  if (typeof id !== 'string') return undefined;
  const model = registry.resolve(id);
  if (model === undefined) {
    problems.push({
      ruleId: 'model/unknown',
      message: `Model \`${id}\` is not in reqlint's capability registry, so model-specific checks were skipped; if it is a deployment name, map it to its base model with a model alias.`,
      path: wire.toUserPointer('/model') ?? '',
      target: 'value',
    });
  }
  return model;
}

const TRUST_ALL: TrustPredicate = () => true;

/**
 * A node may be dispatched when no schema error that breaks a value's shape lies at or below it.
 * Rules read typed values, so a wrong type or a missing key keeps them off that part of the request;
 * an unknown key beside a value, or a number out of range, a string too long or an array too short
 * does not, so one such mistake does not hide every other finding.
 */
function trustedOutside(schemaIssues: readonly SchemaIssue[], wireIssues: readonly SchemaIssue[], wire: WireRequest): TrustPredicate {
  if (schemaIssues.length === 0 && wireIssues.length === 0) return TRUST_ALL;
  const errorPaths = [...schemaIssues, ...wireIssues].filter((issue) => !issue.shapeIntact).map((issue) => issue.path);
  if (errorPaths.length === 0) return TRUST_ALL;
  return (wirePointer) => {
    const userPointer = wire.toUserPointer(wirePointer);
    return userPointer !== undefined && !errorPaths.some((path) => isWithin(path, userPointer));
  };
}
