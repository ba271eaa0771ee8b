import { parseArgs } from 'node:util';
import { PRESETS, type Preset, type RuleSetting } from '../engine/settings.js';
import type { ApiOption } from '../types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];
const APIS: readonly ApiOption[] = ['auto', 'chat.completions', 'responses', 'langchain'];

export type Command = 'lint' | 'rules' | 'baseline-create' | 'baseline-prune';

export interface CliOptions {
  command: Command;
  patterns: string[];
  api?: ApiOption;
  preset?: Preset;
  rules: Record<string, RuleSetting>;
  config?: string;
  printConfig?: string;
  format: FormatName;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  ignorePatterns: string[];
  fix: boolean;
  fixDryRun: boolean;
  baseline?: string;
  /** `undefined`: decide from the number of files; 0: no workers. */
  concurrency?: number;
  help: boolean;
  version: boolean;
}

/** A mistake in how the command was called: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: reqlint [options] <file|directory|glob>...
       reqlint rules [--format json]
       reqlint baseline create|prune <file|directory|glob>... --baseline <file>
       reqlint lsp --stdio          (the language server for editors; see docs/editors.md)

Lint OpenAI-style request bodies (JSON, JSONC, JSONL or YAML fixtures) before they are sent.

Configuration:
  -c, --config <path>         use this config file only (default: reqlint.config.json or
                              .reqlintrc.json, nearest to each file, up to a "root": true one)
  --api <dialect>             auto, chat.completions, responses, langchain
  --preset <name>             recommended, strict, all
  --rule <id:severity>        set a rule's severity (repeatable), e.g. --rule 'tools/x: off'
  --print-config <file>       print the effective config for a file as JSON, lint nothing
  --ignore-pattern <glob>     skip matching files (repeatable; node_modules and .git always are)

Output:
  -f, --format <name>         stylish (default), json, sarif, github, junit
  -o, --output-file <path>    write the report to a file instead of stdout
  --quiet                     report errors only
  --max-warnings <n>          exit 1 when there are more than n warnings

Fixing:
  --fix                       apply safe fixes to the files (formatting and comments kept)
  --fix-dry-run               report as if fixed, write nothing (the json format includes the output)

Baseline:
  --baseline <file>           report only problems that are not in this baseline file

Input and speed:
  --stdin                     lint standard input
  --stdin-filename <name>     the name stdin is linted as (picks parser and config overrides)
  --concurrency <n|off>       worker threads for large trees (default: by CPU count, when worth it)

  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage, config or fatal error.`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        api: { type: 'string' },
        preset: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'print-config': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  let positionals = parsed.positionals;
  let command: Command = 'lint';
  if (positionals[0] === 'rules') {
    command = 'rules';
    positionals = positionals.slice(1);
  } else if (positionals[0] === 'baseline') {
    const sub = positionals[1];
    if (sub !== 'create' && sub !== 'prune') throw new UsageError('`reqlint baseline` needs `create` or `prune`, e.g. `reqlint baseline create fixtures/ --baseline reqlint-baseline.json`.');
    command = sub === 'create' ? 'baseline-create' : 'baseline-prune';
    positionals = positionals.slice(2);
    if (values.baseline === undefined) throw new UsageError(`\`reqlint baseline ${sub}\` needs --baseline <file>.`);
  }

  if (values.api !== undefined && !APIS.includes(values.api as ApiOption)) throw new UsageError(`--api must be one of ${APIS.join(', ')}; got "${values.api}".`);
  if (values.preset !== undefined && !PRESETS.includes(values.preset as Preset)) throw new UsageError(`--preset must be one of ${PRESETS.join(', ')}; got "${values.preset}".`);
  if (!FORMATS.includes(values.format as FormatName)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}".`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run with --format json to get the fixed text.');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.');

  const options: CliOptions = {
    command,
    patterns: positionals,
    ...(values.api !== undefined ? { api: values.api as ApiOption } : {}),
    ...(values.preset !== undefined ? { preset: values.preset as Preset } : {}),
    rules: Object.fromEntries((values.rule ?? []).map(parseRuleFlag)),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values['print-config'] !== undefined ? { printConfig: values['print-config'] } : {}),
    format: values.format as FormatName,
    ...(values['output-file'] !== undefined ? { outputFile: values['output-file'] } : {}),
    ...(values['max-warnings'] !== undefined ? { maxWarnings: parseCount('--max-warnings', values['max-warnings']) } : {}),
    quiet: values.quiet === true,
    stdin: values.stdin === true,
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    ignorePatterns: values['ignore-pattern'] ?? [],
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    ...(values.concurrency !== undefined ? { concurrency: values.concurrency === 'off' ? 0 : parseCount('--concurrency', values.concurrency) } : {}),
    help: values.help === true,
    version: values.version === true,
  };
  const needsFiles = command === 'lint' ? !options.help && !options.version && !options.stdin && options.printConfig === undefined : command !== 'rules';
  if (needsFiles && options.patterns.length === 0) throw new UsageError('No files given: name the request fixtures to lint, e.g. `reqlint examples/`.');
  if (options.stdin && options.patterns.length > 0) throw new UsageError('--stdin lints standard input only; do not also name files.');
  return options;
}

/**
 * `id:severity`, `id: severity` (ESLint's spelling) or `id: ["error", {...options}]` (JSON).
 * Rule ids contain `/` but never `:`, so the first colon separates id and setting.
 */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const colon = flag.indexOf(':');
  if (colon <= 0) throw new UsageError(`--rule takes "id:severity", e.g. --rule 'tools/no-tool-choice-without-tools:warning'; got "${flag}".`);
  const id = flag.slice(0, colon).trim();
  const setting = flag.slice(colon + 1).trim();
  if (setting.startsWith('[')) {
    try {
      return [id, JSON.parse(setting) as RuleSetting];
    } catch {
      throw new UsageError(`--rule ${id}: the setting must be a severity or a JSON array such as ["error", {}]; got ${setting}.`);
    }
  }
  return [id, setting as RuleSetting];
}

function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number; got "${value}".`);
  return Number(value);
}
