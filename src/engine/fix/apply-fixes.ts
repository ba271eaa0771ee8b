import { applyPatch, PatchError } from './json-patch.js';
import { applyPatchesToText, applyPatchToText } from './text-fixes.js';
import { lint, type LintOptions } from '../lint.js';
import { isWithin } from '../../json-pointer.js';
import type { Diagnostic, JsonPatch } from '../../types.js';
import { pushAll } from '../../push-all.js';

export interface FixResult<T> {
  /** The fixed body (a new object; the input is untouched) or the fixed text, formatting kept. */
  output: T;
  /** Whether any fix was applied. */
  changed: boolean;
  /** The diagnostics whose fixes were applied, across all passes. */
  fixed: Diagnostic[];
  /** What `lint` reports on the output. */
  remaining: Diagnostic[];
}

/** Enough for chains such as "rename a key, then a rule on the renamed key fixes its value". */
const MAX_PASSES = 10;

/**
 * Applies every safe `fix` (never a suggestion), ESLint-style: per pass, the fixes whose paths do
 * not overlap are applied, then the result is linted again, until nothing is left to fix. Text keeps
 * its formatting, comments and key order; only the fixed tokens change.
 */
export function applyFixes(input: string, options?: LintOptions): FixResult<string>;
export function applyFixes<T extends object>(input: T, options?: LintOptions): FixResult<T>;
export function applyFixes(input: unknown, options: LintOptions = {}): FixResult<unknown> {
  const findings = (value: unknown) => lint(value, options).diagnostics;
  return typeof input === 'string' ? fixWith(input, findings, applyPatchToText, applyPatchesToText) : fixWith(input, findings, applyPatch);
}

/**
 * The fixing loop for text that something other than `lint` lints (a JSONL line, whose batch
 * envelope puts a body's fixes under `/body`): the same passes, overlap rule and retries.
 */
export function applyFixesToText(text: string, findings: (text: string) => Diagnostic[]): FixResult<string> {
  return fixWith(text, findings, applyPatchToText, applyPatchesToText);
}

type BatchApply<T> = (value: T, patches: readonly JsonPatch[]) => { output: T; applied: boolean[] };

function fixWith<T>(
  input: T,
  findings: (value: T) => Diagnostic[],
  apply: (value: T, patch: JsonPatch) => T,
  applyBatch?: BatchApply<T>,
): FixResult<T> {
  let current = input;
  const fixed: Diagnostic[] = [];
  let remaining = findings(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const batch = nonOverlapping(remaining.filter((d) => d.fix !== undefined && d.fix.length > 0));
    if (batch.length === 0) break;
    let next = current;
    const applied: Diagnostic[] = [];
    // Text: every fix of the pass as edits against one parse, applied at once (linear in the text).
    // Fixes that need the general path wait for a pass of their own, so their paths are fresh.
    const together = applyBatch?.(
      current,
      batch.map((d) => d.fix!),
    );
    if (together !== undefined && together.applied.some(Boolean)) {
      batch.forEach((diagnostic, i) => {
        if (together.applied[i]) applied.push(diagnostic);
      });
      pushAll(fixed, applied);
      current = together.output;
      remaining = findings(current);
      continue;
    }
    for (const diagnostic of batch) {
      try {
        next = apply(next, diagnostic.fix!);
        applied.push(diagnostic);
      } catch (error) {
        if (!(error instanceof PatchError)) throw error;
        // A fix that no longer applies (its target moved) is retried on the next pass's fresh lint.
      }
    }
    if (applied.length === 0) break;
    pushAll(fixed, applied);
    current = next;
    remaining = findings(current);
  }
  return { output: current, changed: fixed.length > 0, fixed, remaining };
}

/** Greedy selection of fixes whose touched paths are disjoint, in document order. */
function nonOverlapping(diagnostics: Diagnostic[]): Diagnostic[] {
  const taken: string[] = [];
  const chosen: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const paths = touchedPaths(diagnostic.fix!);
    if (paths.some((p) => taken.some((t) => isWithin(p, t) || isWithin(t, p)))) continue;
    pushAll(taken, paths);
    chosen.push(diagnostic);
  }
  // Removals from arrays shift later indices; applying later paths first keeps earlier ones valid.
  return chosen.reverse();
}

function touchedPaths(patch: JsonPatch): string[] {
  return patch.flatMap((op) => ('from' in op ? [op.from, op.path] : [op.path]));
}
