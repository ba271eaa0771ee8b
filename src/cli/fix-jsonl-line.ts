import { applyFixesToText } from '../engine/fix/apply-fixes.js';
import type { LintOptions } from '../engine/lint.js';
import { createJsonlLinter } from '../jsonl/index.js';

/**
 * Applies the safe fixes of one JSONL line, as the JSONL linter sees it: a plain request body, or a
 * Batch API line whose fixes point into its `body` (which `applyFixes`, linting the line as a body,
 * would not see). A fresh linter per pass, so cross-line state (duplicate ids) does not leak in; those
 * whole-file findings have no fixes anyway.
 */
export function fixJsonlLine(line: string, options: LintOptions): { output: string; fixed: number } {
  const result = applyFixesToText(line, (text) => createJsonlLinter(options).line(text, 1, 0));
  return { output: result.output, fixed: result.fixed.length };
}
