/**
 * A JSON object: not `null`, not an array. Request bodies, options, configs and embedded schemas are
 * all read through this one test, so "is an object" means the same everywhere.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
