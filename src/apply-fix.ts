import { applyPatch, PatchError } from './engine/fix/json-patch.js';
import { applyPatchToText, oneLine } from './engine/fix/text-fixes.js';
import type { ParseError } from 'jsonc-parser';
import { jsonc } from './lazy-deps.js';
import { mapJsonlLines } from './jsonl/lines.js';
import type { JsonPatch } from './types.js';

export { PatchError };

export interface ApplyFixOptions {
  /**
   * The 1-based line of a JSON Lines file that the fix belongs to (a diagnostic's `line`): the patch
   * applies to that line's request, and the line stays one line, as `--fix` keeps it.
   */
  line?: number;
}

/**
 * Applies one finding's `fix`, or one of its `suggestions`' `fix`, as an editor's quick fix does: to
 * text through the same token-preserving edits as `applyFixes` and `--fix` (comments, key order and
 * indentation kept; only the fixed tokens change), to a parsed body on a copy. Unlike `applyFixes`, it
 * applies exactly the patch it is given, suggestion or not, and lints nothing.
 *
 * Throws `PatchError` when the patch no longer applies (the text changed since it was linted), and
 * for JSON Lines text without the finding's `line`.
 */
export function applyFix(input: string, fix: JsonPatch, options?: ApplyFixOptions): string;
export function applyFix<T extends object>(input: T, fix: JsonPatch): T;
export function applyFix(input: unknown, fix: JsonPatch, options: ApplyFixOptions = {}): unknown {
  if (typeof input !== 'string') return applyPatch(input, fix);
  if (options.line === undefined) {
    // The parser would read the first line and apply the patch there, whichever line it was for.
    if (holdsSeveralValues(input))
      throw new PatchError(
        "the text holds more than one JSON value (JSON Lines): pass the finding's line, `applyFix(text, fix, { line })`",
      );
    return applyPatchToText(input, fix);
  }
  let found = false;
  const output = mapJsonlLines(input, (line) => {
    if (line.lineNumber !== options.line) return line.text;
    found = true;
    return oneLine(applyPatchToText(line.text, fix));
  });
  if (!found) throw new PatchError(`line ${options.line} is not in the text`);
  return output;
}

function holdsSeveralValues(text: string): boolean {
  const errors: ParseError[] = [];
  const { parseTree, printParseErrorCode } = jsonc();
  parseTree(text, errors, { allowTrailingComma: true });
  return errors.some(({ error }) => printParseErrorCode(error) === 'EndOfFileExpected');
}
