import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_OPTIONS } from '../dialect-ids.js';
import { explainApiError, type ApiErrorExplanation } from '../integrations/explain-api-error.js';
import type { ApiOption } from '../types.js';
import type { CliIo } from './main.js';

export const EXPLAIN_USAGE = `Usage: reqlint explain '<API error text>' [--request <file>] [--api <dialect>] [--format json]
       reqlint explain - < error.txt

Says which reqlint rule covers an error the API returned, and what to change. The error may be the
message, an SDK's "400 ..." line or the API's JSON body. With --request, the request that got the
error is linted and the place the error is about is shown.

Exit codes: 0 the error is known to reqlint, 1 it is not, 2 usage error.`;

const APIS: readonly ApiOption[] = API_OPTIONS;

/** `reqlint explain`: its own small command line, so the lint command's flags stay its own. */
export async function runExplain(argv: readonly string[], io: CliIo, readStdin: () => Promise<string>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        request: { type: 'string' },
        api: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(EXPLAIN_USAGE + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') return usage(io, `--format must be text or json; got "${values.format}".`);
  if (values.api !== undefined && !APIS.includes(values.api as ApiOption))
    return usage(io, `--api must be one of ${APIS.join(', ')}; got "${values.api}".`);
  const text = positionals.length === 1 && positionals[0] === '-' ? await readStdin() : positionals.join(' ');
  if (text.trim() === '')
    return usage(
      io,
      "No error given: pass the API's error text, e.g. reqlint explain \"Unsupported parameter: 'max_tokens' ...\", or - to read it from stdin.",
    );

  let request: string | undefined;
  if (values.request !== undefined) request = readFileSync(resolve(io.cwd, values.request), 'utf8');
  const explanation = explainApiError(text, request, { api: (values.api as ApiOption | undefined) ?? 'auto' });
  io.stdout.write(values.format === 'json' ? JSON.stringify(explanation, null, 2) + '\n' : formatExplanation(explanation, values.request));
  return explanation.known ? 0 : 1;
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`reqlint: ${message}\nRun \`reqlint explain --help\` for usage.\n`);
  return 2;
}

export function formatExplanation(explanation: ApiErrorExplanation, requestFile?: string): string {
  const lines = [`API error: ${explanation.error.message}`];
  if (!explanation.known) {
    lines.push('', explanation.summary);
    return lines.join('\n') + '\n';
  }
  const wording = explanation.wording!;
  lines.push(`Covered by: ${explanation.ruleIds.join(', ')}`);
  lines.push(`Fix: ${wording.fix}`);
  for (const url of explanation.docsUrls) lines.push(`Docs: ${url}`);
  lines.push(`Seen in: ${wording.sources.map((s) => `${s.ref} (${s.date})`).join('; ')}`);
  if (explanation.requestChecked) {
    lines.push('');
    if (explanation.diagnostics.length === 0) lines.push(explanation.summary);
    for (const d of explanation.diagnostics) {
      const at = d.range
        ? `${requestFile ?? 'request'}:${d.range.start.line}:${d.range.start.column}`
        : `${requestFile ?? 'request'} ${d.path}`;
      lines.push(`${at}  ${d.severity}  ${d.message}  ${d.ruleId}`);
    }
  }
  return lines.join('\n') + '\n';
}
