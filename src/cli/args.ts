import { parseArgs } from 'node:util';
import { describeBadSeverity, normalizeSeverity, PRESETS, type Preset, type RuleSetting } from '../engine/settings.js';
import { API_OPTIONS } from '../dialect-ids.js';
import { DIALECTS } from '../dialects/index.js';
import type { ApiOption, SeveritySetting } from '../types.js';
import { FORMATS, FORMATTERS, type FormatName } from './format.js';
import { describeParseArgsError } from './parse-args-error.js';

const APIS: readonly ApiOption[] = API_OPTIONS;

export type Command = 'lint' | 'rules' | 'baseline-create' | 'baseline-prune';

export interface CliOptions {
  command: Command;
  patterns: string[];
  api?: ApiOption;
  preset?: Preset;
  rules: Record<string, RuleSetting>;
  config?: string;
  printConfig?: string;
  /** `--print-request <file>`: print the request LangChain sends for the options in the file. */
  printRequest?: string;
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
  /** ESLint-style discovery, suppression, colour and cache flags (issue 18). */
  ignorePath?: string;
  noIgnore: boolean;
  errorOnUnmatchedPattern: boolean;
  reportUnusedDisableDirectives?: SeveritySetting;
  /** `undefined`: decide from NO_COLOR / FORCE_COLOR / the terminal. */
  color?: boolean;
  init: boolean;
  cache: boolean;
  cacheLocation?: string;
}

/** A mistake in how the command was called: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: reqlint [options] <file|directory|glob>...
       reqlint rules [--format json]
       reqlint baseline create|prune <file|directory|glob>... --baseline <file>
       reqlint explain '<API error text>' [--request <file>]   (see reqlint explain --help)
       reqlint lsp --stdio          (the language server for editors; see docs/editors.md)

Lint OpenAI-style request bodies (JSON, JSONC, JSONL or YAML fixtures) before they are sent.

Configuration:
  -c, --config <path>         use this config file only (default: reqlint.config.json/.yaml,
                              .reqlintrc.json/.yaml or package.json "reqlint", nearest to each
                              file, up to a "root": true one)
  --api <dialect>             ${API_OPTIONS.join(', ')}
  --preset <name>             recommended, strict, all
  --rule <id:severity>        set a rule's severity (repeatable), e.g. --rule 'tools/x: off'
  --print-config <file>       print the effective config for a file as JSON, lint nothing
  --print-request <file>      print the request LangChain sends for the options in a file
                              ({ api, request } as JSON), lint nothing
  --ignore-pattern <glob>     skip matching files (repeatable; node_modules and .git always are)
  --ignore-path <file>        read ignore patterns from this file (default: .reqlintignore)
  --no-ignore                 lint ignored files too (.reqlintignore, ignorePatterns, --ignore-pattern)
  --no-error-on-unmatched-pattern   a pattern that matches no file is not an error
  --report-unused-disable-directives  report reqlint-disable comments that suppress nothing as errors
  --report-unused-disable-directives-severity <off|warn|error>
  --init                      write a commented starter reqlint.config.json for this repository

Output:
  -f, --format <name>         ${FORMATS.join(', ')} (default: stylish)
  -o, --output-file <path>    write the report to a file instead of stdout
  --color, --no-color         force colour on or off (default: on a terminal; NO_COLOR, FORCE_COLOR)
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
  --cache                     only lint files whose content or config changed since the last run
  --cache-location <path>     the cache file (default: .reqlintcache)

  -h, --help                  show this help
  -v, --version               show the version

Dialects (--api):
${DIALECTS.map((dialect) => `  ${dialect.id.padEnd(26)}  ${dialect.description.replaceAll('`', '')}`).join('\n')}

Formats (--format):
${FORMATS.map((name) => `  ${name.padEnd(26)}  ${FORMATTERS[name].description}`).join('\n')}

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage, config or fatal error.`;

const CLI_OPTIONS = {
  config: { type: 'string', short: 'c' },
  api: { type: 'string' },
  preset: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'print-config': { type: 'string' },
  'print-request': { type: 'string' },
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
  'ignore-path': { type: 'string' },
  'no-ignore': { type: 'boolean', default: false },
  'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
  'report-unused-disable-directives': { type: 'boolean', default: false },
  'report-unused-disable-directives-severity': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  init: { type: 'boolean', default: false },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    throw new UsageError(describeParseArgsError(error, CLI_OPTIONS));
  }
  const { values } = parsed;
  let positionals = parsed.positionals;
  let command: Command = 'lint';
  if (positionals[0] === 'rules') {
    command = 'rules';
    positionals = positionals.slice(1);
  } else if (positionals[0] === 'baseline') {
    const sub = positionals[1];
    if (sub !== 'create' && sub !== 'prune')
      throw new UsageError(
        '`reqlint baseline` needs `create` or `prune`, e.g. `reqlint baseline create fixtures/ --baseline reqlint-baseline.json`.',
      );
    command = sub === 'create' ? 'baseline-create' : 'baseline-prune';
    positionals = positionals.slice(2);
    if (values.baseline === undefined) throw new UsageError(`\`reqlint baseline ${sub}\` needs --baseline <file>.`);
  }

  if (values.api !== undefined && !APIS.includes(values.api as ApiOption))
    throw new UsageError(`--api must be one of ${APIS.join(', ')}; got "${values.api}".`);
  if (values.preset !== undefined && !PRESETS.includes(values.preset as Preset))
    throw new UsageError(`--preset must be one of ${PRESETS.join(', ')}; got "${values.preset}".`);
  if (!FORMATS.includes(values.format as FormatName))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}".`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (values.stdin && values.fix)
    throw new UsageError('--fix cannot write to standard input; use --fix-dry-run with --format json to get the fixed text.');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (values.color === true && values['no-color'] === true) throw new UsageError('--color and --no-color cannot be used together.');
  if (values['report-unused-disable-directives'] && values['report-unused-disable-directives-severity'] !== undefined)
    throw new UsageError('--report-unused-disable-directives and --report-unused-disable-directives-severity cannot be used together.');
  const unusedSeverity =
    values['report-unused-disable-directives-severity'] === undefined
      ? undefined
      : normalizeSeverity(
          /^\d$/.test(values['report-unused-disable-directives-severity'])
            ? Number(values['report-unused-disable-directives-severity'])
            : values['report-unused-disable-directives-severity'],
        );
  if (values['report-unused-disable-directives-severity'] !== undefined && unusedSeverity === undefined)
    throw new UsageError(
      `--report-unused-disable-directives-severity: ${describeBadSeverity(values['report-unused-disable-directives-severity'])}`,
    );

  const options: CliOptions = {
    command,
    patterns: positionals,
    ...(values.api !== undefined ? { api: values.api as ApiOption } : {}),
    ...(values.preset !== undefined ? { preset: values.preset as Preset } : {}),
    rules: Object.fromEntries((values.rule ?? []).map(parseRuleFlag)),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values['print-config'] !== undefined ? { printConfig: values['print-config'] } : {}),
    ...(values['print-request'] !== undefined ? { printRequest: values['print-request'] } : {}),
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
    ...(values.concurrency !== undefined
      ? { concurrency: values.concurrency === 'off' ? 0 : parseCount('--concurrency', values.concurrency) }
      : {}),
    help: values.help === true,
    version: values.version === true,
    ...(values['ignore-path'] !== undefined ? { ignorePath: values['ignore-path'] } : {}),
    noIgnore: values['no-ignore'] === true,
    errorOnUnmatchedPattern: values['no-error-on-unmatched-pattern'] !== true,
    ...(values['report-unused-disable-directives']
      ? { reportUnusedDisableDirectives: 'error' as const }
      : unusedSeverity !== undefined
        ? { reportUnusedDisableDirectives: unusedSeverity }
        : {}),
    ...(values.color === true ? { color: true } : values['no-color'] === true ? { color: false } : {}),
    init: values.init === true,
    cache: values.cache === true,
    ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
  };
  const needsFiles =
    command === 'lint'
      ? !options.help &&
        !options.version &&
        !options.stdin &&
        !options.init &&
        options.printConfig === undefined &&
        options.printRequest === undefined
      : command !== 'rules';
  if (needsFiles && options.patterns.length === 0)
    throw new UsageError('No files given: name the request fixtures to lint, e.g. `reqlint examples/`.');
  if (options.stdin && options.patterns.length > 0) throw new UsageError('--stdin lints standard input only; do not also name files.');
  return options;
}

/**
 * `id:severity`, `id: severity` (ESLint's spelling) or `id: ["error", {...options}]` (JSON).
 * Rule ids contain `/` but never `:`, so the first colon separates id and setting.
 */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const colon = flag.indexOf(':');
  if (colon <= 0)
    throw new UsageError(`--rule takes "id:severity", e.g. --rule 'tools/no-tool-choice-without-tools:warning'; got "${flag}".`);
  const id = flag.slice(0, colon).trim();
  const setting = flag.slice(colon + 1).trim();
  if (setting.startsWith('[')) {
    try {
      return [id, JSON.parse(setting) as RuleSetting];
    } catch {
      throw new UsageError(`--rule ${id}: the setting must be a severity or a JSON array such as ["error", {}]; got ${setting}.`);
    }
  }
  // ESLint's numeric severities arrive as text from a shell: `--rule 'x: 1'`.
  return [id, /^[0-2]$/.test(setting) ? (Number(setting) as 0 | 1 | 2) : (setting as RuleSetting)];
}

function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number; got "${value}".`);
  return Number(value);
}
