import type { FormatName } from './args.js';
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

export function formatResults(format: FormatName, results: readonly FileResult[], context: FormatContext): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, context);
    case 'github':
      return formatGithub(results, context.cwd);
    case 'gitlab':
      return formatGitlab(results, context.cwd);
    case 'junit':
      return formatJunit(results);
    case 'stylish':
      return formatStylish(results, palette(context.color), context.fixHint);
  }
}

/** Formats whose report needs source text (code frames, SARIF fixes). */
export function needsSource(format: FormatName): boolean {
  return format === 'stylish' || format === 'sarif';
}
