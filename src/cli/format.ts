import { palette } from './formatters/colors.js';
import { formatGithub } from './formatters/github.js';
import { formatGitlab } from './formatters/gitlab.js';
import { formatJson } from './formatters/json.js';
import { formatJunit } from './formatters/junit.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import type { FileResult } from './lint-file.js';

export interface FormatContext {
  version: string;
  cwd: string;
  /** Whether the report is coloured (`--color`/`--no-color`, else NO_COLOR/FORCE_COLOR, else a terminal). */
  color: boolean;
  fixHint: boolean;
}

/** An output format: how it writes a report, and whether it needs each file's text. */
interface Formatter {
  description: string;
  /** A promise where the format loads something first (stylish: string-width, for text beyond ASCII). */
  format(results: readonly FileResult[], context: FormatContext): string | Promise<string>;
  /** Code frames or fixes are made from each file's text, which the CLI then keeps. */
  needsSource?: boolean;
}

/**
 * Every output format, by the name `--format` takes: the one place to register a formatter
 * (`--format` values, validation and help come from here; see docs/adding-an-output-format.md).
 */
export const FORMATTERS = {
  stylish: {
    description: 'human-readable, grouped by file, with code frames (default)',
    needsSource: true,
    format: (results, context) => formatStylish(results, palette(context.color), context.fixHint),
  },
  json: { description: 'ESLint-style JSON: one entry per file with its diagnostics', format: (results) => formatJson(results) },
  sarif: {
    description: 'SARIF 2.1.0, for GitHub code scanning and other SARIF viewers',
    needsSource: true,
    format: (results, context) => formatSarif(results, context),
  },
  github: {
    description: 'GitHub Actions workflow commands (annotations on the pull request)',
    format: (results, context) => formatGithub(results, context.cwd),
  },
  gitlab: {
    description: 'GitLab Code Quality (Code Climate) JSON, for merge request widgets',
    format: (results, context) => formatGitlab(results, context.cwd),
  },
  junit: { description: 'JUnit XML, for CI systems that show test reports', format: (results) => formatJunit(results) },
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMATS = Object.keys(FORMATTERS) as FormatName[];

export async function formatResults(format: FormatName, results: readonly FileResult[], context: FormatContext): Promise<string> {
  return await FORMATTERS[format].format(results, context);
}

/** Formats whose report needs source text (code frames, SARIF fixes). */
export function needsSource(format: FormatName): boolean {
  return (FORMATTERS[format] as Formatter).needsSource === true;
}
