import { readFileSync } from 'node:fs';
import { isRecord } from '../json-value.js';
import { visible } from './formatters/terminal-text.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_OPTIONS } from '../dialect-ids.js';
import {
  explainMatchedError,
  lintedRequest,
  locateMatchedError,
  matchApiError,
  modelOf,
  type ApiErrorExplanation,
  type CheckedRequest,
  type MatchedApiError,
} from '../integrations/explain-api-error.js';
import { createJsonlLineLinter, toFileCoordinates, type JsonlLineResult } from '../jsonl/index.js';
import { jsonlLines, type JsonlLine } from '../jsonl/lines.js';
import { requestLines } from '../jsonl/request-lines.js';
import { isBatchLine } from '../jsonl/batch.js';
import type { ApiOption } from '../types.js';
import { kindOf } from './lint-file.js';
import { describeParseArgsError } from './parse-args-error.js';
import type { CliIo } from './main.js';

export const EXPLAIN_USAGE = `Usage: reqlint explain '<API error text>' [--request <file> [--line <n>]] [--api <dialect>] [--format json]
       reqlint explain - < error.txt

Says which reqlint rule covers an error the API returned, and what to change. The error may be the
message, an SDK's "400 ..." line or the API's JSON body. With --request, the request that got the
error is linted and the place the error is about is shown. A JSONL request file (logged requests or a
Batch input file) is explained line by line, and the lines reqlint flags for the error are named;
--line <n> explains only line n. A line of a Batch output or error file is explained against the
request line with its custom_id; a whole Batch output file (with -) gets each failed line explained.

Exit codes: 0 the error is known to reqlint, or the Batch API never ran the request (expired,
cancelled); for a Batch output file, every failed line's; 1 it is not or no error message was found,
2 usage error.`;

const APIS: readonly ApiOption[] = API_OPTIONS;

const EXPLAIN_OPTIONS = {
  request: { type: 'string' },
  api: { type: 'string' },
  line: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** `reqlint explain`: its own small command line, so the lint command's flags stay its own. */
export async function runExplain(argv: readonly string[], io: CliIo, readStdin: () => Promise<string | Buffer>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: EXPLAIN_OPTIONS,
    });
  } catch (error) {
    return usage(io, describeParseArgsError(error, EXPLAIN_OPTIONS));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(EXPLAIN_USAGE + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') return usage(io, `--format must be text or json; got "${values.format}".`);
  if (values.api !== undefined && !APIS.includes(values.api as ApiOption))
    return usage(io, `--api must be one of ${APIS.join(', ')}; got "${values.api}".`);
  const text = positionals.length === 1 && positionals[0] === '-' ? String(await readStdin()) : positionals.join(' ');
  if (text.trim() === '')
    return usage(
      io,
      "No error given: pass the API's error text, e.g. reqlint explain \"Unsupported parameter: 'max_tokens' ...\", or - to read it from stdin.",
    );

  const api = (values.api as ApiOption | undefined) ?? 'auto';
  const jsonl = values.request !== undefined && kindOf(values.request) === 'jsonl';
  let line: number | undefined;
  if (values.line !== undefined) {
    if (!jsonl)
      return usage(io, '--line picks a line of a JSONL request file (`--request <file>.jsonl`); a JSON request file holds one request.');
    if (!/^[1-9]\d*$/.test(values.line)) return usage(io, `--line must be a line number (1 or more); got "${values.line}".`);
    line = Number(values.line);
  }

  let explain: (error: MatchedApiError, options?: { searchAll: boolean }) => CliExplanation;
  if (values.request === undefined) {
    explain = (error) => explainMatchedError(error, undefined);
  } else if (jsonl) {
    const requests = [...requestLines(jsonlLines(readFileSync(resolve(io.cwd, values.request), 'utf8')))];
    const picked = line === undefined ? undefined : requests.find((r) => r.lineNumber === line);
    if (line !== undefined && picked === undefined)
      return usage(
        io,
        `line ${line} of ${values.request} holds no request (${requests.length === 0 ? 'the file holds none' : `its requests are on lines ${lineList(requests.map((r) => r.lineNumber))}`}).`,
      );
    explain = jsonlExplainer(requests, picked, api, values.request);
  } else {
    const request = readFileSync(resolve(io.cwd, values.request), 'utf8');
    explain = (error) => explainMatchedError(error, lintedRequest(request, { api }));
  }

  const outputLines = batchOutputLines(text);
  if (outputLines !== undefined) return explainBatchOutput(outputLines, explain, values.format, io, values.request);
  const explanation = explain(matchApiError(text));
  io.stdout.write(values.format === 'json' ? JSON.stringify(explanation, null, 2) + '\n' : formatExplanation(explanation, values.request));
  return explanation.known || explanation.notRun === true ? 0 : 1;
}

/**
 * What the CLI adds to an explanation: the JSONL lines it flags; the line whose `custom_id` the error
 * names, or that no line of the request file has it.
 */
type CliExplanation = ApiErrorExplanation & { lines?: number[]; requestLine?: number; customIdNotFound?: true };

/**
 * How an error is explained against a JSONL request file: on the line `--line` picks; else on the
 * line with the error's `custom_id` (a Batch output or error file line names its request); else on
 * every line, naming those reqlint flags.
 */
function jsonlExplainer(
  requests: readonly JsonlLine[],
  picked: JsonlLine | undefined,
  api: ApiOption,
  file: string,
): (error: MatchedApiError, options?: { searchAll: boolean }) => CliExplanation {
  const lintLine = createJsonlLineLinter({ api });
  let byCustomId: Map<string, JsonlLine> | undefined;
  return (error, { searchAll } = { searchAll: true }) => {
    if (picked !== undefined) return explainLine(error, picked, lintLine);
    const { customId } = error.fields;
    if (customId === undefined) return explainJsonlRequests(error, requests, api, file, lintLine);
    byCustomId ??= requestsByCustomId(requests);
    const request = byCustomId.get(customId);
    if (request !== undefined) return { ...explainLine(error, request, lintLine), requestLine: request.lineNumber };
    const missing = `No request in ${file} has the custom_id "${customId}"`;
    if (!searchAll) {
      const alone = explainMatchedError(error, undefined);
      return { ...alone, summary: alone.known ? `${missing}. ${alone.summary}` : alone.summary, customIdNotFound: true };
    }
    const all = explainJsonlRequests(error, requests, api, file, lintLine);
    const summary = error.match === undefined ? all.summary : `${missing}, so every line was searched. ${all.summary}`;
    return { ...all, summary, customIdNotFound: true };
  };
}

/** The first line with each `custom_id` (a repeated one is the linter's `batch/` finding, not explain's to settle). */
function requestsByCustomId(requests: readonly JsonlLine[]): Map<string, JsonlLine> {
  const byId = new Map<string, JsonlLine>();
  for (const request of requests) {
    if (!request.text.includes('"custom_id"')) continue;
    const value = parseOrUndefined(request.text);
    const customId = isBatchLine(value) ? value['custom_id'] : undefined;
    if (typeof customId === 'string' && !byId.has(customId)) byId.set(customId, request);
  }
  return byId;
}

/**
 * The lines of a whole Batch output (or error) file given as the error: more than one line, the
 * first a result line (`custom_id` with `response` or `error`, no request `body`). One line is left
 * to the ordinary path, which reads a single result line the same way.
 */
function batchOutputLines(text: string): JsonlLine[] | undefined {
  const lines = [...requestLines(jsonlLines(text))];
  if (lines.length < 2) return undefined;
  const first = parseOrUndefined(lines[0]!.text);
  const isResultLine =
    isRecord(first) && typeof first['custom_id'] === 'string' && ('response' in first || 'error' in first) && !('body' in first);
  return isResultLine ? lines : undefined;
}

/**
 * Each failed line of a Batch output file, explained against its request by `custom_id`; the lines
 * that succeeded are counted. A custom_id missing from the request file is said so for that line
 * alone: searching every request for every failed line would cost lines × failures lints.
 */
function explainBatchOutput(
  lines: readonly JsonlLine[],
  explain: (error: MatchedApiError, options?: { searchAll: boolean }) => CliExplanation,
  format: string,
  io: CliIo,
  requestFile: string | undefined,
): number {
  const failed: Array<CliExplanation & { outputLine: number }> = [];
  for (const line of lines) {
    const error = matchApiError(parseOrUndefined(line.text) ?? line.text);
    const { message, status } = error.fields;
    if (message === '' && status !== undefined && status >= 200 && status < 300) continue;
    failed.push({ outputLine: line.lineNumber, ...explain(error, { searchAll: false }) });
  }
  const succeeded = lines.length - failed.length;
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ failed: failed.length, succeeded, explanations: failed }, null, 2) + '\n');
  } else {
    const tally = `Batch output: ${failed.length} of ${lines.length} lines failed, ${succeeded} succeeded.`;
    const parts = failed.map((f) => `Line ${f.outputLine} of the Batch output:\n${formatExplanation(f, requestFile)}`);
    io.stdout.write([visible(tally) + '\n', ...parts].join('\n'));
  }
  // A request the Batch API never ran (expired, cancelled) is explained too: nothing was wrong with it.
  return failed.every((f) => f.known || f.notRun === true) ? 0 : 1;
}

/**
 * One line, linted as the CLI lints it (a Batch line's body as its `url`'s API, findings under
 * `/body`), so the explanation points at the file's own line and column.
 */
function checkedLine(request: JsonlLine, lintLine: (text: string) => JsonlLineResult): CheckedRequest {
  const value = parseOrUndefined(request.text);
  const batch = isBatchLine(value);
  return {
    findings: () => lintLine(request.text).diagnostics.map((d) => toFileCoordinates(d, request.lineNumber, request.offset)),
    model: () => modelOf(batch ? value['body'] : value),
    ...(batch ? { bodyPointer: '/body' } : {}),
  };
}

function explainLine(error: MatchedApiError, request: JsonlLine, lintLine: (text: string) => JsonlLineResult): ApiErrorExplanation {
  return explainMatchedError(error, checkedLine(request, lintLine));
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Every request of the file: which one got the error is not known, so the lines reqlint flags for it
 * are named (`lines`), rather than answering for the file as if it were one request. The error is
 * matched once; each line only costs its lint and the pick of the covering rules' findings.
 */
export function explainJsonlRequests(
  error: MatchedApiError,
  requests: readonly JsonlLine[],
  api: ApiOption,
  file: string,
  lintLine: (text: string) => JsonlLineResult = createJsonlLineLinter({ api }),
): ApiErrorExplanation & { lines: number[] } {
  const first = explainMatchedError(error, requests.length === 0 ? undefined : { findings: () => [], model: () => undefined });
  if (error.match === undefined || requests.length === 0) return { ...first, lines: [] };
  if (requests.length === 1) {
    const only = explainLine(error, requests[0]!, lintLine);
    return { ...only, lines: only.diagnostics.length > 0 ? [requests[0]!.lineNumber] : [] };
  }
  const known = { fields: error.fields, match: error.match };
  const matched = requests
    .map((request) => ({
      lineNumber: request.lineNumber,
      diagnostics: locateMatchedError(known, checkedLine(request, lintLine)).diagnostics,
    }))
    .filter((line) => line.diagnostics.length > 0);
  const lines = matched.map((m) => m.lineNumber);
  const rules = first.ruleIds.map((id) => `\`${id}\``).join(', ');
  const summary =
    matched.length > 0
      ? `reqlint flags this error (with ${rules}) on ${lines.length === 1 ? 'line' : 'lines'} ${lineList(lines)} of ${file}, of ${requests.length} requests; the request that got the error is likely among them. Pass --line <n> to explain one line.`
      : `The API rejected a request with an error reqlint knows (${first.wording!.id}), covered by ${rules}, but reqlint flags none of the ${requests.length} requests in ${file}: its facts about their models may be missing or out of date, or the request sent is not in the file. Pass --line <n> to explain the line that got the error. ${first.fix}`;
  return { ...first, diagnostics: matched.flatMap((m) => m.diagnostics), summary, lines };
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  return lines.length > 10 ? `${shown} and ${lines.length - 10} more` : shown;
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`reqlint: ${message}\nRun \`reqlint explain --help\` for usage.\n`);
  return 2;
}

export function formatExplanation(explanation: CliExplanation, requestFile?: string): string {
  const { message, customId } = explanation.error;
  // No message was found: the summary says so, and there is no "API error" to quote.
  const lines = message === '' ? [] : [`API error: ${message}`];
  if (customId !== undefined) {
    const file = requestFile ?? 'the request file';
    const where =
      explanation.requestLine !== undefined
        ? `, line ${explanation.requestLine} of ${file}`
        : explanation.customIdNotFound
          ? ` (no request in ${file} has it)`
          : '';
    lines.push(`Batch request: custom_id "${customId}"${where}`);
  }
  if (!explanation.known) {
    if (lines.length > 0) lines.push('');
    lines.push(explanation.summary);
    return forTerminal(lines);
  }
  const wording = explanation.wording!;
  lines.push(`Covered by: ${explanation.ruleIds.join(', ')}`);
  lines.push(`Fix: ${wording.fix}`);
  for (const url of explanation.docsUrls) lines.push(`Docs: ${url}`);
  lines.push(`Seen in: ${wording.sources.map((s) => `${s.ref} (${s.date})`).join('; ')}`);
  if (explanation.requestChecked) {
    lines.push('');
    // A JSONL file: which of its lines reqlint flags, before their findings.
    if (explanation.diagnostics.length === 0 || explanation.lines !== undefined) lines.push(explanation.summary);
    for (const d of explanation.diagnostics) {
      const at = d.range
        ? `${requestFile ?? 'request'}:${d.range.start.line}:${d.range.start.column}`
        : `${requestFile ?? 'request'} ${d.path}`;
      lines.push(`${at}  ${d.severity}  ${d.message}  ${d.ruleId}`);
    }
  }
  return forTerminal(lines);
}

/** The lines as printed: the pasted error and the request's keys may hold control characters. */
function forTerminal(lines: readonly string[]): string {
  return lines.map(visible).join('\n') + '\n';
}
