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
