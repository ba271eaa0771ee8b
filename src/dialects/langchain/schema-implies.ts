import { isDeepStrictEqual } from 'node:util';

/**
 * Whether every value `narrow` accepts is also accepted by `wide`, decided from the schemas' keywords
 * (sound, not complete): each constraint of `wide` must be in `narrow` unchanged, except that
 * `narrow`'s `type` may name fewer types, one branch of `wide`'s `anyOf` may stand for the whole, and
 * subschemas under `items` and `additionalProperties` are compared the same way. Annotations
 * (`description`, `default`...) constrain nothing. `false` just means "not shown": the caller then
 * checks the value against `wide` itself.
 *
 * LangChain options reuse the wire schemas, often narrowed (`temperature` without `null`), so the
 * options schema has already checked most values the way the wire schema would.
 */
export function schemaImplies(narrow: unknown, wide: unknown): boolean {
  if (narrow === wide) return true;
  if (!isSchema(narrow) || !isSchema(wide)) return false;
  for (const keyword in wide) {
    if (ANNOTATIONS.has(keyword)) continue;
    const constraint = wide[keyword];
    if (keyword === 'type') {
      if (!typesWithin(narrow.type, constraint)) return false;
    } else if (keyword === 'anyOf' && !('anyOf' in narrow)) {
      if (!Array.isArray(constraint) || !constraint.some((branch) => schemaImplies(narrow, branch))) return false;
    } else if (keyword === 'items' || (keyword === 'additionalProperties' && isSchema(constraint))) {
      if (!schemaImplies(narrow[keyword], constraint)) return false;
    } else if (!isDeepStrictEqual(narrow[keyword], constraint)) {
      return false;
    }
  }
  return true;
}

/** Keywords that describe a value without constraining it. */
const ANNOTATIONS: ReadonlySet<string> = new Set(['description', 'title', 'default', 'deprecated', 'examples', '$comment', 'readOnly', 'writeOnly']);

type Schema = Readonly<Record<string, unknown>>;

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `narrow` names only types `wide` allows (`integer` is a `number`); a missing `type` allows any. */
function typesWithin(narrow: unknown, wide: unknown): boolean {
  if (narrow === undefined) return false;
  const allowed = new Set(typeof wide === 'string' ? [wide] : Array.isArray(wide) ? wide : []);
  const named = typeof narrow === 'string' ? [narrow] : Array.isArray(narrow) ? narrow : [];
  return named.length > 0 && named.every((type) => allowed.has(type) || (type === 'integer' && allowed.has('number')));
}

