import { lint, type LintOptions } from '../engine/lint.js';
import { isWithin, pointerToDisplayPath, toPointer } from '../json-pointer.js';
import { docsUrlFor } from '../docs-url.js';
import type { Diagnostic, LintResult } from '../types.js';
import type { ApiErrorWording } from '../../schemas/api-errors.js';
import { matchWording, type WordingMatch } from './api-error-wordings.js';
import { printable } from '../printable.js';
import { BATCH_NOT_RUN } from '../jsonl/batch-facts.js';

/** The parts of an API error reqlint reads, wherever they came from. */
export interface ApiErrorFields {
  /** The API's own message, without the `400 ` an SDK puts in front; `''` when none was found in what was given. */
  message: string;
  status?: number;
  /** The request parameter the API blames, as it spells it (`messages[0].role`, `reasoning.effort`). */
  param?: string;
  code?: string;
  type?: string;
  /** The Batch request's `custom_id`, when the error came from a Batch output or error file line. */
  customId?: string;
}

export interface ApiErrorExplanation {
  /** Whether reqlint knows this wording (`data/api-errors.json`). */
  known: boolean;
  error: ApiErrorFields;
  /** The known wording it matched: its id, the rules that cover it, the fix, the sources. */
  wording?: ApiErrorWording;
  /** The values the message names (`{ param: 'max_tokens' }`), by the wording's placeholders. */
  captures: Record<string, string>;
  /** The rules or engine checks that report this problem before sending; empty when unknown. */
  ruleIds: string[];
  docsUrls: string[];
  /** What to change, in one sentence (from the wording; undefined when unknown). */
  fix?: string;
  /** When the request was given: the findings of those rules in it, pointing at the place to change. */
  diagnostics: Diagnostic[];
  /** Whether a request was given to locate the problem in. */
  requestChecked: boolean;
  /** One paragraph for people: which rule, where, what to do; or that reqlint does not know it. */
  summary: string;
  /**
   * A Batch error-file line for a request the Batch API never ran (`batch_expired`,
   * `batch_cancelled`): nothing in the request was wrong, and sending it again is the fix.
   */
  notRun?: boolean;
}

/**
 * Explains an error the API returned: which reqlint rule covers it, the fix, and, when the request is
 * given, where in it the problem is (the request is linted and the findings of that rule picked).
 *
 * `error` may be an openai-node `APIError` (or any error with the API's `error` object), a response
 * body (`{ error: { message, param, code } }`, as an object or JSON text), a Batch output or error file
 * line (`{ custom_id, response: { status_code, body: { error } } }`), or the message text. A value with
 * no message in it is said to be one, never printed as `[object Object]`.
 * An error no known wording matches is said to be unknown to reqlint, so what the rules miss is seen.
 *
 *   try { await client.chat.completions.create(body) }
 *   catch (error) { console.error(explainApiError(error, body).summary) }
 */
export function explainApiError(error: unknown, request?: unknown, options?: LintOptions): ApiErrorExplanation {
  return explainWithFindings(error, request === undefined ? undefined : lintedRequest(request, options));
}

/**
 * A request linted once, when the explanation first needs it: its findings, and its model as the lint
 * read it (JSONC text, LangChain's `modelName`).
 */
export function lintedRequest(request: unknown, options?: LintOptions): CheckedRequest {
  let result: LintResult | undefined;
  const linted = () => (result ??= lint(request, options));
  return { findings: () => linted().diagnostics, model: () => linted().model?.requested };
}

/**
 * A request a front-end lints itself, for `explainWithFindings`: a JSONL line is linted by the JSONL
 * linter (file coordinates, a Batch line's body under `/body`), not by `lint` on the bare text.
 */
export interface CheckedRequest {
  /** All findings in the request; only those of the covering rules are kept. */
  findings: () => Diagnostic[];
  /** The request's model, named when reqlint does not flag it (asked only then). */
  model: () => string | undefined;
  /** Where the request body sits in what was linted (`/body` in a Batch line), so the API's `param` is found. */
  bodyPointer?: string;
}

/** `explainApiError` with the request already linted by the caller; `undefined` when no request was given. */
export function explainWithFindings(error: unknown, checked: CheckedRequest | undefined): ApiErrorExplanation {
  return explainMatchedError(matchApiError(error), checked);
}

/**
 * An API error read and matched against the known wordings, once: a caller that explains it for many
 * requests (the lines of a JSONL file) matches it once and locates it in each (`explainMatchedError`).
 */
export interface MatchedApiError {
  fields: ApiErrorFields;
  /** `undefined`: no known wording matches (or there was no message); reqlint does not know this error. */
  match: WordingMatch | undefined;
  /** When no message was found: what was given instead, shortened, for the answer to quote. */
  noMessageIn?: string;
}

export function matchApiError(error: unknown): MatchedApiError {
  const fields = readApiError(error);
  if (fields.message === '') return { fields, match: undefined, noMessageIn: describeValue(error) };
  return { fields, match: matchWording(fields.message) };
}

/** `explainWithFindings` for an error already matched. */
export function explainMatchedError(
  { fields, match, noMessageIn }: MatchedApiError,
  checked: CheckedRequest | undefined,
): ApiErrorExplanation {
  const requestChecked = checked !== undefined;
  if (match === undefined) {
    const notRun = fields.code === undefined ? undefined : batchNotRunReason(fields.code);
    const unexplained = { known: false, error: fields, captures: {}, ruleIds: [], docsUrls: [], diagnostics: [], requestChecked };
    if (notRun !== undefined)
      return {
        ...unexplained,
        notRun: true,
        summary: `The Batch API did not run this request: ${notRun} (code \`${fields.code}\`). Nothing in the request is wrong, so no rule covers it; send it again in a new batch.`,
      };
    return {
      ...unexplained,
      summary:
        fields.message === ''
          ? noMessageSummary(fields, noMessageIn ?? 'what was given')
          : `reqlint does not know this error yet: "${fields.message}". No rule covers it, so reqlint could not have caught it; please report it (with the request, if you can share it) so a rule can be added.`,
    };
  }
  const { wording, captures } = match;
  const ruleIds = [...wording.rules];
  const { diagnostics, schemaErrors } =
    checked !== undefined ? locateMatchedError({ fields, match }, checked) : { diagnostics: [], schemaErrors: [] };
  return {
    known: true,
    error: fields,
    wording,
    captures,
    ruleIds,
    docsUrls: ruleIds.map(docsUrlFor),
    fix: wording.fix,
    diagnostics,
    requestChecked,
    summary: summarize(wording, diagnostics, schemaErrors, requestChecked, checked?.model),
  };
}

function noMessageSummary({ status, customId }: ApiErrorFields, given: string): string {
  const request = customId === undefined ? 'The request' : `The Batch request \`${customId}\``;
  if (status !== undefined && status >= 200 && status < 300)
    return `${request} succeeded (status ${status}): there is no error to explain.`;
  return `reqlint could not find an error message in ${given}. Give it the API's error: its message, its JSON body (\`{"error": {"message": …}}\`), the error an SDK threw, or a line of a Batch output or error file.`;
}

/** What was given, short enough to quote: JSON where it can be written as JSON, never `[object Object]`. */
function describeValue(value: unknown): string {
  if (value instanceof Error) return `an error without a message (${printable(value.name)})`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty text';
    // Text is described as what it holds: the JSON the CLI was given, not that JSON quoted again.
    try {
      return describeValue(JSON.parse(value) as unknown);
    } catch {
      // Not JSON: quoted below.
    }
  }
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 120 ? `${json.slice(0, 119)}…` : json;
  } catch {
    // Cyclic, a BigInt inside, or a getter that throws: described by its keys below.
  }
  if (value !== null && typeof value === 'object') {
    try {
      const keys = Object.keys(value);
      return keys.length === 0
        ? 'an object with no keys'
        : `an object with the keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
    } catch {
      return 'an object that cannot be read';
    }
  }
  return printable(value);
}

function summarize(
  wording: ApiErrorWording,
  diagnostics: readonly Diagnostic[],
  schemaErrors: readonly Diagnostic[],
  requestChecked: boolean,
  model: (() => string | undefined) | undefined,
): string {
  const rules = wording.rules.map((id) => `\`${id}\``);
  const ruleList = rules.length === 1 ? `rule ${rules[0]}` : `one of the rules ${rules.join(', ')}`;
  if (diagnostics.length > 0) {
    const found = diagnostics.map(
      (d) => `${d.path === '' ? 'the request' : `\`${pointerToDisplayPath(d.path)}\``}: ${d.message} [${d.ruleId}]`,
    );
    return `The API rejected this request; reqlint would have caught it before sending with ${found.length === 1 ? `rule \`${diagnostics[0]!.ruleId}\`` : 'these findings'}. ${found.join(' ')}`;
  }
  if (requestChecked && schemaErrors.length > 0) {
    // Rules read typed values, so they skip what has a wrong type or a missing key: the rule may
    // well be right about this request once those are fixed; the model's facts are not to blame.
    const [first] = schemaErrors;
    const count = schemaErrors.length === 1 ? 'a schema error:' : `${schemaErrors.length} schema errors, the first:`;
    return `The API rejected this request with an error reqlint knows (${wording.id}), covered by ${ruleList}, but reqlint first found ${count} ${first!.message} Its rules skip the parts of a request that such errors leave without a known shape: fix ${schemaErrors.length === 1 ? 'it' : 'them'} and lint again. ${wording.fix}`;
  }
  if (requestChecked) {
    const modelId = model?.();
    return `The API rejected this request with an error reqlint knows (${wording.id}), covered by ${ruleList}, but reqlint does not flag this request: its facts about ${modelId === undefined ? 'the model' : `\`${modelId}\``} may be missing or out of date, or the request differs from the one sent. ${wording.fix}`;
  }
  return `reqlint catches this before sending with ${ruleList}. ${wording.fix}`;
}

export function modelOf(request: unknown): string | undefined {
  let value = request;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const model = value !== null && typeof value === 'object' ? (value as { model?: unknown }).model : undefined;
  return typeof model === 'string' ? model : undefined;
}

/**
 * Where a known error is in one request: the findings of the rules that cover it, near the parameter
 * the API blames; and the schema errors that may keep those rules off. The part of an explanation
 * that depends on the request, for callers that match the error once and locate it in many requests.
 */
export function locateMatchedError(
  { fields, match: { wording, captures } }: { fields: ApiErrorFields; match: WordingMatch },
  checked: CheckedRequest,
): { diagnostics: Diagnostic[]; schemaErrors: Diagnostic[] } {
  const ruleIds = wording.rules;
  const param = fields.param ?? captures['param'] ?? (wording.param?.includes('{') ? undefined : wording.param);
  const all = checked.findings();
  // The schema errors that keep rules off a part of the request: a wrong type or a missing key.
  const schemaErrors = all.filter((d) => d.severity === 'error' && /^(parse\/|schema\/(type|missing-property)$)/.test(d.ruleId));
  const found = all.filter((d) => ruleIds.includes(d.ruleId));
  const inBody = param === undefined ? undefined : apiParamToPointer(param);
  const pointer = inBody === undefined || checked.bodyPointer === undefined ? inBody : checked.bodyPointer + inBody;
  if (pointer === undefined) return { diagnostics: found, schemaErrors };
  const near = found.filter((d) => d.path === pointer || isWithin(d.path, pointer) || isWithin(pointer, d.path));
  return { diagnostics: near.length > 0 ? near : found, schemaErrors };
}

/** `tools[0].function.name`, `messages.[4].role` (sic, the API's own) or `reasoning.effort` → a JSON Pointer. */
export function apiParamToPointer(param: string): string | undefined {
  const segments = param
    .replace(/\.?\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
  return segments.length === 0 ? undefined : toPointer(segments);
}

/**
 * Where the API's error object may sit inside what a caller holds, tried in this order: `error` (an
 * openai-node `APIError`, a response body, a Batch error file line `{ custom_id, error }`), then the
 * wrappers around a body: a Batch output line `{ custom_id, response: { status_code, body } }`, a
 * fetch-style `{ status, body }`, an HTTP client's `{ response: { data } }`.
 */
const ERROR_HOLDERS = ['error', 'response', 'body', 'data'] as const;
/** Enough for `line.response.body.error`, and a stop for self-referencing objects. */
const MAX_HOLDER_DEPTH = 4;

/**
 * Reads the API's message, status, param and code from whatever form the error arrived in, and the
 * Batch request's `custom_id` when it came from a Batch output or error file line. `message` is `''`
 * when there is none to read (no string message anywhere it can sit): never the text of an object.
 */
export function readApiError(error: unknown): ApiErrorFields {
  if (typeof error === 'string') return readErrorText(error);
  try {
    return readHeldError(error, 0) ?? { message: '', ...statusAndCustomId(heldResponse(error)), ...statusAndCustomId(error) };
  } catch {
    // A getter or proxy that throws while being read: there is no message to be had from it.
    return { message: '' };
  }
}

function readHeldError(value: unknown, depth: number): ApiErrorFields | undefined {
  if (depth > MAX_HOLDER_DEPTH) return undefined;
  if (typeof value === 'string') {
    // A held string is a body as text (`{ status, body: '{"error":…}' }`) or the message itself.
    const fields = readErrorText(value);
    return fields.message === '' ? undefined : fields;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  // The API's own object wins over an SDK error's `message` (`400 …`, status in front).
  let fields = readHeldError(record['error'], depth + 1);
  if (fields === undefined && typeof record['message'] === 'string' && record['message'].trim() !== '') {
    fields = { ...readErrorText(record['message']), ...optionalFields(record) };
  }
  for (const holder of ERROR_HOLDERS.slice(1)) {
    if (fields !== undefined) break;
    fields = readHeldError(record[holder], depth + 1);
  }
  if (fields === undefined) return undefined;
  // The nearest status and `custom_id` are the error's own: a Batch line's sits beside `response`.
  return { ...statusAndCustomId(record), ...fields };
}

/** A Batch output line's `response`, whose `status_code` says whether the line failed at all. */
function heldResponse(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['response'] : undefined;
}

/** `status` (openai-node, fetch), `status_code` (a Batch output line's `response`), `statusCode`; and `custom_id`. */
function statusAndCustomId(value: unknown): Pick<ApiErrorFields, 'status' | 'customId'> {
  if (value === null || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  const status = [record['status'], record['status_code'], record['statusCode']].find((s) => typeof s === 'number');
  const customId = record['custom_id'];
  return {
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof customId === 'string' ? { customId } : {}),
  };
}

function optionalFields(record: Record<string, unknown>): Omit<ApiErrorFields, 'message'> {
  const fields: Omit<ApiErrorFields, 'message'> = {};
  if (typeof record['param'] === 'string') fields.param = record['param'];
  if (typeof record['code'] === 'string') fields.code = record['code'];
  if (typeof record['type'] === 'string') fields.type = record['type'];
  return fields;
}

/** Text: a JSON error body, or a message with the prefix an SDK or log put in front of it. */
function readErrorText(text: string): ApiErrorFields {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return readApiError(JSON.parse(trimmed) as unknown);
    } catch {
      // Not JSON after all: read it as a message.
    }
  }
  const prefixed = /^(?:Error code: )?(\d{3})\b\s*(?:-\s*)?/.exec(trimmed);
  if (prefixed) {
    const rest = trimmed.slice(prefixed[0].length);
    // `Error code: 400 - {'error': {...}}` (openai-python) carries the body after the status.
    const body = rest.startsWith('{') ? readErrorText(rest) : { message: rest };
    return { ...body, status: Number(prefixed[1]) };
  }
  return { message: trimmed };
}

/** Why the Batch API did not run a request, for an error-file code that says it did not. */
function batchNotRunReason(code: string): string | undefined {
  return Object.hasOwn(BATCH_NOT_RUN, code) ? BATCH_NOT_RUN[code] : undefined;
}
