import { parseArgs } from 'node:util';
import type { ApiOption } from '../types.js';

export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];
const APIS: readonly ApiOption[] = ['auto', 'chat.completions', 'responses', 'langchain'];

export interface CliOptions {
  patterns: string[];
  api: ApiOption;
  format: FormatName;
  help: boolean;
  version: boolean;
}

/** A mistake in how the command was called: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: reqlint [options] <file|directory|glob>...

Lint OpenAI-style request bodies (JSON, JSONC or JSONL fixtures) before they are sent.

Options:
  --api <dialect>     auto (default), chat.completions, responses, langchain
  -f, --format <name> stylish (default), json
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or fatal error.`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        api: { type: 'string', default: 'auto' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (!APIS.includes(values.api as ApiOption)) throw new UsageError(`--api must be one of ${APIS.join(', ')}; got "${values.api}".`);
  if (!FORMATS.includes(values.format as FormatName)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}".`);
  const options: CliOptions = { patterns: positionals, api: values.api as ApiOption, format: values.format as FormatName, help: values.help === true, version: values.version === true };
  if (!options.help && !options.version && options.patterns.length === 0) throw new UsageError('No files given: name the request fixtures to lint, e.g. `reqlint examples/`.');
  return options;
}
