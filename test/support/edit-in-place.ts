import { expect } from 'vitest';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { isRecord } from '../../src/json-value.js';

/** Makes `target` deep-equal to `source` while keeping every object of `target` that both still have. */
export function morphInPlace(target: Record<string, unknown> | unknown[], source: Record<string, unknown> | unknown[]): void {
  if (Array.isArray(target) && Array.isArray(source)) {
    target.length = source.length;
    source.forEach((item, index) => (target[index] = morphed(target[index], item)));
    return;
  }
  const t = target as Record<string, unknown>;
  const s = source as Record<string, unknown>;
  for (const key of Object.keys(t)) if (!(key in s)) delete t[key];
  for (const key of Object.keys(s)) t[key] = morphed(t[key], s[key]);
}

function morphed(current: unknown, wanted: unknown): unknown {
  const sameKind = (isRecord(current) && isRecord(wanted)) || (Array.isArray(current) && Array.isArray(wanted));
  if (!sameKind) return structuredClone(wanted);
  morphInPlace(current as Record<string, unknown>, wanted as Record<string, unknown>);
  return current;
}

/** What the cache tests compare of a lint: every finding's rule, place, message and fix. */
export function findingLines(input: unknown, options: LintOptions): string[] {
  return lint(input, options).diagnostics.map((d) => `${d.ruleId} @${d.path}: ${d.message} ${JSON.stringify(d.fix ?? null)}`);
}

/**
 * Lints `request` three times (so what reqlint keeps across calls is noted, then kept with its
 * snapshot, then reused) and requires the same findings each time; then applies `edit`, which
 * changes the request in place, and requires the findings of a fresh copy. Returns those findings.
 */
export function expectEditInPlaceSeen(request: Record<string, unknown>, options: LintOptions, edit: () => void): string[] {
  const initial = findingLines(request, options);
  expect(findingLines(request, options)).toEqual(initial);
  expect(findingLines(request, options)).toEqual(initial);
  edit();
  const edited = findingLines(request, options);
  expect(edited).toEqual(findingLines(structuredClone(request), options));
  return edited;
}
