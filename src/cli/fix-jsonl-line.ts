import { applyFixesToText } from '../engine/fix/apply-fixes.js';
import type { LintOptions } from '../engine/lint.js';
import { createJsonlLinter } from '../jsonl/index.js';
import type { Diagnostic } from '../types.js';

/**
 * Applies the safe fixes of one JSONL line, as the JSONL linter sees it: a plain request body, or a
 * Batch API line whose fixes point into its `body` (which `applyFixes`, linting the line as a body,
 * would not see). A fresh linter per pass, so cross-line state (duplicate ids) does not leak in; those
 * whole-file findings have no fixes anyway.
 */
export function fixJsonlLine(
  line: string,
  options: LintOptions,
  keep: (diagnostic: Diagnostic) => boolean = () => true,
): { output: string; fixed: number } {
  // `keep`: a problem a `reqlint-disable` comment suppresses is not fixed either.
  const result = applyFixesToText(line, (text) => createJsonlLinter(options).line(text, 1, 0).filter(keep));
  return { output: result.output, fixed: result.fixed.length };
}
