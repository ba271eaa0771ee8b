/**
 * A JSON object: not `null`, not an array. Request bodies, options, configs and embedded schemas are
 * all read through this one test, so "is an object" means the same everywhere.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The object's keys without `type`, the ones in `first` leading in that order: how the foreign-shape
 * fixes rebuild a tool or format in the order the API documents its keys (the others kept for the
 * schema check to judge).
 */
export function withKeysFirst(source: Readonly<Record<string, unknown>>, first: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of first) if (key in source) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out) && key !== 'type') out[key] = source[key];
  return out;
}
