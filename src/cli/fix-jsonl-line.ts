import { PatchError } from '../engine/json-patch.js';
import type { LintOptions } from '../engine/lint.js';
import { isWithin } from '../engine/pointer.js';
import { applyPatchToText } from '../engine/text-fixes.js';
import { createJsonlLinter } from '../jsonl/index.js';
import type { Diagnostic, JsonPatch } from '../types.js';

const MAX_PASSES = 10;

/**
 * Applies the safe fixes of one JSONL line, as the JSONL linter sees it: a plain request body, or a
 * Batch API line whose fixes point into its `body` (which `applyFixes`, linting the line as a body,
 * would not see). A fresh linter per pass, so cross-line state (duplicate ids) does not leak in; those
 * whole-file findings have no fixes anyway. Like `applyFixes`: non-overlapping fixes per pass, then
 * lint again, until nothing is left to fix.
 */
export function fixJsonlLine(line: string, options: LintOptions): { output: string; fixed: number } {
  let current = line;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = createJsonlLinter(options)
      .line(current, 1, 0)
      .filter((d) => d.fix !== undefined && d.fix.length > 0);
    let next = current;
    let applied = 0;
    for (const diagnostic of nonOverlapping(fixable)) {
      try {
        next = applyPatchToText(next, diagnostic.fix!);
        applied++;
      } catch (error) {
        if (!(error instanceof PatchError)) throw error;
        // A fix whose target moved is retried on the next pass.
      }
    }
    if (applied === 0) break;
    fixed += applied;
    current = next;
  }
  return { output: current, fixed };
}

function nonOverlapping(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const taken: string[] = [];
  const chosen: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const paths = touched(diagnostic.fix!);
    if (paths.some((p) => taken.some((t) => isWithin(p, t) || isWithin(t, p)))) continue;
    taken.push(...paths);
    chosen.push(diagnostic);
  }
  // Removing array items shifts later indices: later paths first keeps earlier ones valid.
  return chosen.reverse();
}

function touched(patch: JsonPatch): string[] {
  return patch.flatMap((op) => ('from' in op ? [op.from, op.path] : [op.path]));
}
