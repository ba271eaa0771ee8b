import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../types.js';
import type { FileResult } from './lint-file.js';

/**
 * A baseline records the problems a repository already has, so CI fails only on new ones.
 *
 * ```json
 * { "version": 1,
 *   "entries": [{ "file": "fixtures/a.json", "ruleId": "tools/no-tool-choice-without-tools",
 *                 "path": "/tool_choice", "valueHash": "9f2c…", "count": 1 }] }
 * ```
 *
 * `file` is relative to the baseline file's directory (POSIX separators), so the baseline works from
 * any working directory. Line numbers are not part of the key, and `valueHash` hashes the offending
 * value rather than its text, so reformatting or moving a request keeps it baselined; `count` covers
 * the same problem several times in a file (e.g. many JSONL lines). Entries are sorted, so diffs
 * of the file are reviewable.
 */
export interface BaselineEntry {
  file: string;
  ruleId: string;
  path: string;
  valueHash: string;
  count: number;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

export function readBaseline(path: string): BaselineFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new BaselineError(
      `cannot read the baseline ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); create it with \`reqlint baseline create <paths> --baseline ${path}\`.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${path}: not valid JSON (${(error as Error).message}).`);
  }
  const file = value as Partial<BaselineFile> | null;
  if (file === null || typeof file !== 'object' || file.version !== 1 || !Array.isArray(file.entries))
    throw new BaselineError(`${path}: not a reqlint baseline (expected { "version": 1, "entries": [...] }).`);
  file.entries.forEach((entry, index) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (
      e === null ||
      typeof e !== 'object' ||
      typeof e.file !== 'string' ||
      typeof e.ruleId !== 'string' ||
      typeof e.path !== 'string' ||
      typeof e.valueHash !== 'string' ||
      !Number.isInteger(e.count) ||
      e.count! < 1
    ) {
      throw new BaselineError(
        `${path}: entries[${index}] needs file, ruleId, path, valueHash (strings) and count (a positive whole number).`,
      );
    }
  });
  return file as BaselineFile;
}

const keyOf = (e: Omit<BaselineEntry, 'count'>) => JSON.stringify([e.file, e.ruleId, e.path, e.valueHash]);

/** Maps a result's file path (relative to cwd) to the baseline's file key. */
function fileKey(baselinePath: string, cwd: string, filePath: string): string {
  return relative(dirname(baselinePath), resolve(cwd, filePath)).split(sep).join('/');
}

function* keyed(
  results: readonly FileResult[],
  baselinePath: string,
  cwd: string,
): Generator<{ key: string; entry: Omit<BaselineEntry, 'count'>; result: FileResult; diagnostic: Diagnostic }> {
  for (const result of results) {
    const file = fileKey(baselinePath, cwd, result.filePath);
    for (const [i, diagnostic] of result.diagnostics.entries()) {
      const entry = { file, ruleId: diagnostic.ruleId, path: diagnostic.path, valueHash: result.valueHashes?.[i] ?? '' };
      yield { key: keyOf(entry), entry, result, diagnostic };
    }
  }
}

/** Builds a baseline from lint results; with `previous`, keeps only what is in both (prune). */
export function buildBaseline(results: readonly FileResult[], baselinePath: string, cwd: string, previous?: BaselineFile): BaselineFile {
  const allowed = previous === undefined ? undefined : countsOf(previous);
  const counts = new Map<string, BaselineEntry>();
  for (const { key, entry } of keyed(results, baselinePath, cwd)) {
    if (allowed !== undefined && (allowed.get(key) ?? 0) <= (counts.get(key)?.count ?? 0)) continue;
    const existing = counts.get(key);
    if (existing) existing.count++;
    else counts.set(key, { ...entry, count: 1 });
  }
  const entries = [...counts.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.path, b.path) || compare(a.valueHash, b.valueHash),
  );
  return { version: 1, entries };
}

/** Code-unit order, not locale order: the file must sort the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countsOf(baseline: BaselineFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of baseline.entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + entry.count);
  return counts;
}

/** Drops the diagnostics the baseline accepts; returns the filtered results and how many were dropped. */
export function applyBaseline(
  results: readonly FileResult[],
  baseline: BaselineFile,
  baselinePath: string,
  cwd: string,
): { results: FileResult[]; suppressed: number } {
  const remaining = countsOf(baseline);
  const kept = new Map<FileResult, Set<Diagnostic>>();
  let suppressed = 0;
  for (const { key, result, diagnostic } of keyed(results, baselinePath, cwd)) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      suppressed++;
      continue;
    }
    if (!kept.has(result)) kept.set(result, new Set());
    kept.get(result)!.add(diagnostic);
  }
  const filtered = results.map((result) => ({
    ...result,
    diagnostics: result.diagnostics.filter((d) => kept.get(result)?.has(d) === true),
  }));
  return { results: filtered, suppressed };
}

export async function writeBaseline(path: string, baseline: BaselineFile): Promise<void> {
  const lines = baseline.entries.map((entry) => `    ${JSON.stringify(entry)}`);
  // One entry per line: a change to the baseline shows up as a readable one-line diff.
  await writeFile(path, `{\n  "version": 1,\n  "entries": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`);
}
