import { readFileSync } from 'node:fs';
import { visible } from './formatters/terminal-text.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_OPTIONS } from '../dialect-ids.js';
import {
  explainApiError,
  explainMatchedError,
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
--line <n> explains only line n.

Exit codes: 0 the error is known to reqlint, 1 it is not, 2 usage error.`;

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

  let explanation: ApiErrorExplanation & { lines?: number[] };
  if (values.request === undefined) {
    explanation = explainApiError(text, undefined, { api });
  } else if (jsonl) {
    const requests = [...requestLines(jsonlLines(readFileSync(resolve(io.cwd, values.request), 'utf8')))];
    if (line !== undefined) {
      const picked = requests.find((r) => r.lineNumber === line);
      if (picked === undefined)
        return usage(
          io,
          `line ${line} of ${values.request} holds no request (${requests.length === 0 ? 'the file holds none' : `its requests are on lines ${lineList(requests.map((r) => r.lineNumber))}`}).`,
        );
      explanation = explainLine(matchApiError(text), picked, createJsonlLineLinter({ api }));
    } else {
      explanation = explainJsonlRequests(matchApiError(text), requests, api, values.request);
    }
  } else {
    explanation = explainApiError(text, readFileSync(resolve(io.cwd, values.request), 'utf8'), { api });
  }
  io.stdout.write(values.format === 'json' ? JSON.stringify(explanation, null, 2) + '\n' : formatExplanation(explanation, values.request));
  return explanation.known ? 0 : 1;
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
    model: modelOf(batch ? value['body'] : value),
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
): ApiErrorExplanation & { lines: number[] } {
  const lintLine = createJsonlLineLinter({ api });
  const first = explainMatchedError(error, requests.length === 0 ? undefined : { findings: () => [], model: undefined });
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

export function formatExplanation(explanation: ApiErrorExplanation & { lines?: number[] }, requestFile?: string): string {
  const lines = [`API error: ${explanation.error.message}`];
  if (!explanation.known) {
    lines.push('', explanation.summary);
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
