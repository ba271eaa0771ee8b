import { detectDialect, evidenceFor } from '../dialects/index.js';
import { lint, type LintOptions } from '../engine/lint.js';
import { toDiagnostics, type Problem } from '../engine/report/problems.js';
import { sessionFor } from '../engine/session.js';
import { findDuplicateKeys } from '../engine/parse/duplicate-keys.js';
import { parseJsonText } from '../engine/parse/parse.js';
import { isWithin } from '../json-pointer.js';
import { LineIndex, rangeOf } from '../engine/parse/positions.js';
import type { ParsedText } from '../engine/parse/parse.js';
import type { RuleState } from '../engine/settings.js';
import type { Api, Diagnostic, JsonPatch } from '../types.js';
import { shiftRange } from './ranges.js';
import { BATCH_ENDPOINT_APIS, BATCH_ENDPOINTS, BATCH_LINE_KEYS, BATCH_METHOD } from './batch-facts.js';

/**
 * One line of an OpenAI Batch input file: `{ custom_id, method, url, body }`. The envelope is
 * checked here (engine checks `batch/*`: they concern the file, not a request, and need state across
 * lines, so they are not rule modules); the body is linted as the dialect its `url` names, and every
 * body finding is moved under `/body` with ranges in the line's coordinates.
 */

export interface BatchLine {
  customId: string | undefined;
  /** Range of the `custom_id` value in line coordinates (line 1), for `finish()`. */
  customIdRange: Diagnostic['range'];
  url: string | undefined;
  urlRange: Diagnostic['range'];
  diagnostics: Diagnostic[];
}

/**
 * A line is a batch line when it has an envelope key that no request body has at its top level:
 * `custom_id`, or `body` / `method` beside `url`. So a line that lacks `body` or `custom_id` is still
 * told what it lacks, instead of being mistaken for a request body.
 */
export function isBatchLine(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return 'custom_id' in value || ('url' in value && ('body' in value || 'method' in value));
}

/** Cheap text test before any parsing: a line without these keys cannot be a batch line. */
const MAY_BE_BATCH_LINE = /"(custom_id|url)"\s*:/;

export class BatchChecker {
  private readonly states: ReadonlyMap<string, RuleState>;
  /**
   * The options each body is linted with, made once: `lint` caches its settings per options object,
   * so a fresh object per line would redo them for every line of the file.
   */
  private readonly bodyOptions: Record<Api, LintOptions>;

  constructor(options: LintOptions) {
    this.states = sessionFor(options).states;
    this.bodyOptions = { 'chat.completions': { ...options, api: 'chat.completions' }, responses: { ...options, api: 'responses' } };
  }

  /** Lints one batch line given as text; `undefined` when the text is not a batch line. */
  lintLine(text: string): BatchLine | undefined {
    if (!MAY_BE_BATCH_LINE.test(text)) return undefined;
    const parsed = parseJsonText(text);
    if (parsed.syntaxError !== undefined || !isBatchLine(parsed.value)) return undefined;
    const line = parsed.value;
    const lines = new LineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const add = (ruleId: string, message: string, path: string, target: 'key' | 'value') =>
      diagnostics.push(...this.toDiagnostics({ ruleId, message, path, target }, text, parsed));

    // A repeated envelope key: the Batch API, like JSON.parse, keeps the last (the body's own
    // duplicates are found when the body is linted). The syntax tree is built only when a key may repeat.
    const tree = parsed.mayHaveDuplicateKeys ? parsed.tree : undefined;
    for (const duplicate of tree === undefined ? [] : findDuplicateKeys(tree)) {
      if (isWithin(duplicate.pointer, '/body') && duplicate.pointer !== '/body') continue;
      const message = `\`${duplicate.key}\` appears more than once in this batch line; the API keeps only the last one and ignores this one.`;
      diagnostics.push(
        ...this.toDiagnostics(
          {
            ruleId: 'parse/duplicate-key',
            message,
            path: duplicate.pointer,
            target: 'key',
            range: lines.range(duplicate.ignored.offset, duplicate.ignored.length),
          },
          text,
          parsed,
        ),
      );
    }
    for (const key of BATCH_LINE_KEYS) if (!(key in line)) add('batch/envelope', `A batch line needs \`${key}\`; add it.`, '', 'value');
    for (const key of Object.keys(line)) {
      if (!(BATCH_LINE_KEYS as readonly string[]).includes(key))
        add(
          'batch/envelope',
          `\`${key}\` is not part of a batch line, which has only \`custom_id\`, \`method\`, \`url\` and \`body\`; move it into \`body\` or remove it.`,
          `/${key}`,
          'key',
        );
    }
    const customId = typeof line.custom_id === 'string' ? line.custom_id : undefined;
    if ('custom_id' in line && customId === undefined)
      add(
        'batch/envelope',
        `\`custom_id\` must be a string, not ${JSON.stringify(line.custom_id)}; the results file matches lines by it.`,
        '/custom_id',
        'value',
      );
    if ('method' in line && line.method !== BATCH_METHOD)
      add(
        'batch/envelope',
        `\`method\` is ${JSON.stringify(line.method)} but batch requests must use "POST"; change it to "POST".`,
        '/method',
        'value',
      );

    const url = typeof line.url === 'string' ? line.url : undefined;
    const api = url === undefined ? undefined : BATCH_ENDPOINT_APIS[url as keyof typeof BATCH_ENDPOINT_APIS];
    if ('url' in line && !(BATCH_ENDPOINTS as readonly unknown[]).includes(line.url)) {
      add(
        'batch/envelope',
        `\`url\` is ${JSON.stringify(line.url)}, which is not a Batch API endpoint; use one of ${BATCH_ENDPOINTS.map((e) => `"${e}"`).join(', ')}.`,
        '/url',
        'value',
      );
    }

    const body = line.body;
    // The value the API reads: for a repeated `body` key, the last one (as `locate` resolves it).
    const found = parsed.locate('/body');
    const bodyNode = found?.exact ? found : undefined;
    if (api !== undefined && bodyNode !== undefined) {
      if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        const detection = detectDialect(body as Record<string, unknown>);
        if (detection.kind === 'detected' && detection.decisive && detection.dialect.id !== api) {
          add(
            'batch/url-body-mismatch',
            `\`url\` is "${url}" but \`body\` looks like a ${detection.dialect.title} request (it has ${evidenceFor(detection.dialect, body as Record<string, unknown>)}); point \`url\` at the endpoint the body is for, or rewrite the body.`,
            '/url',
            'value',
          );
        }
      }
      // The Batch API answers every line in its results file; a streamed response cannot be batched.
      if (isObject(body) && body.stream === true) {
        add(
          'batch/no-stream',
          '`stream` is true but the Batch API does not stream: the request fails in the batch; remove `stream` (and `stream_options`), results arrive whole in the output file.',
          '/body/stream',
          'value',
        );
      }
      const bodyText = text.slice(bodyNode.offset, bodyNode.offset + bodyNode.length);
      const result = lint(bodyText, this.bodyOptions[api]);
      for (const diagnostic of result.diagnostics) diagnostics.push(underBody(diagnostic, bodyNode.offset));
    }
    return {
      customId,
      customIdRange: customId === undefined ? undefined : rangeAt(parsed, lines, '/custom_id'),
      url,
      urlRange: url === undefined ? undefined : rangeAt(parsed, lines, '/url'),
      diagnostics,
    };
  }

  /** A diagnostic for `finish()` and cross-line checks, with the configured severity (or none when off). */
  crossLine(ruleId: string, message: string, path: string, range: Diagnostic['range']): Diagnostic | undefined {
    return this.toDiagnostics({ ruleId, message, path, target: 'value', ...(range ? { range } : {}) })[0];
  }

  /** One problem of the file as a diagnostic, through the engine's one conversion (none when its check is off). */
  private toDiagnostics(problem: Problem, text?: string, parsed?: ParsedText): Diagnostic[] {
    return toDiagnostics([problem], this.states, text, parsed);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Moves a body diagnostic into the line: `/body` in front of every pointer, ranges shifted. */
function underBody(diagnostic: Diagnostic, offset: number): Diagnostic {
  const prefix = (pointer: string) => `/body${pointer}`;
  const patch = (fix: JsonPatch): JsonPatch =>
    fix.map((op) => ('from' in op ? { ...op, from: prefix(op.from), path: prefix(op.path) } : { ...op, path: prefix(op.path) }));
  return {
    ...diagnostic,
    path: prefix(diagnostic.path),
    // One JSONL line has no line breaks, so a column shifts with the offset.
    ...(diagnostic.range ? { range: shiftRange(diagnostic.range, diagnostic.range.start.line, offset, offset) } : {}),
    ...(diagnostic.fix ? { fix: patch(diagnostic.fix) } : {}),
    ...(diagnostic.suggestions ? { suggestions: diagnostic.suggestions.map((s) => ({ ...s, fix: patch(s.fix) })) } : {}),
  };
}

/** Where a value of the line is, as a range (its pointer exists: the caller read the value there). */
function rangeAt(parsed: ParsedText, lines: LineIndex, pointer: string): Diagnostic['range'] {
  const found = parsed.locate(pointer);
  return found === undefined ? undefined : rangeOf(found, lines, 'value');
}
