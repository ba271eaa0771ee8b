import { createHash } from 'node:crypto';
import { getAtPointer } from '../json-pointer.js';

/**
 * A short hash of the value a diagnostic is about, for baseline keys: the value, not its text, so
 * re-indenting or reordering keys in a fixture does not invalidate the baseline; changing the value
 * does (it is then a different problem).
 */
export function valueHash(document: unknown, pointer: string): string {
  let value: unknown;
  try {
    value = getAtPointer(document, pointer);
  } catch {
    value = undefined;
  }
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
