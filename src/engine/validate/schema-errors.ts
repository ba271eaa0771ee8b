import type { ErrorObject } from 'ajv';
import { didYouMean } from '../../did-you-mean.js';
import { getAtPointer, joinPointer, pointerToDisplayPath } from '../../json-pointer.js';
import type { JsonPatch, Suggestion } from '../../types.js';
import { maxOf } from '../../push-all.js';

/**
 * ajv's errors, shaped into our own findings. Users never see raw validator text: each error becomes
 * one sentence naming the parameter the way the API does (`messages[0].content`), what was expected,
 * and what was found. Unions collapse to the branch the value was evidently meant for.
 */

export type SchemaCheckId =
  'schema/unknown-property' | 'schema/missing-property' | 'schema/type' | 'schema/enum' | 'schema/range' | 'schema/size' | 'schema/pattern';

export interface SchemaIssue {
  ruleId: SchemaCheckId;
  path: string;
  target: 'key' | 'value';
  message: string;
  data: Record<string, string>;
  suggestions?: Suggestion[];
  /** The ajv keyword. */
  keyword: string;
  /**
   * The value still has the type and structure its schema describes: only its range, length, pattern
   * or choice of value is off, or a key beside it is unknown. Rules may still read it and the nodes
   * around it, so one out-of-range number does not hide every other finding of the request.
   */
  shapeIntact: boolean;
}

/** Keywords whose failure leaves a value's JSON type and structure as the schema describes them. */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set([
  'additionalProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'propertyNames',
]);

/**
 * Whether `error` leaves its value's shape intact. A value outside an `enum` or `const` does when it
 * has the JSON type of an allowed one (`"hgih"` for an effort); `42` where strings are expected does not.
 */
function leavesShapeIntact(error: ErrorObject, value: unknown): boolean {
  if (VALUE_KEYWORDS.has(error.keyword)) return true;
  if (error.keyword !== 'enum' && error.keyword !== 'const') return false;
  const params = error.params as { allowedValues?: unknown[]; allowedValue?: unknown };
  const allowed = error.keyword === 'enum' ? (params.allowedValues ?? []) : [params.allowedValue];
  return allowed.some((candidate) => jsonTypeOf(candidate) === jsonTypeOf(value));
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** Shared by every valid document: no allocation on the common path. */
export const NO_ISSUES: readonly SchemaIssue[] = Object.freeze([]);

/** The source text of the number at a pointer, when the document was given as text. */
export type NumberSource = (pointer: string) => string | undefined;

/**
 * `unknownKeyNote`: for a client library's options, why an unknown top-level key is wrong (the
 * library, not the API, does not know it); nested keys are sent on, so the API's wording stays.
 */
export function shapeSchemaErrors(
  errors: readonly ErrorObject[],
  document: unknown,
  numberSource?: NumberSource,
  unknownKeyNote?: string,
): readonly SchemaIssue[] {
  // Most documents are valid: they pay for nothing below, not even an empty array.
  if (errors.length === 0) return NO_ISSUES;
  const collapsed = collapseUnions(errors, document);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of collapsed) {
    const value = getAtPointer(document, error.instancePath);
    const shapedOne = shapeOne(error, value, unknownKeyNote);
    if (shapedOne === undefined) continue;
    const shaped = { ...shapedOne, shapeIntact: leavesShapeIntact(error, value) };
    const issue = numberSource === undefined ? shaped : withHonestNumber(shaped, getAtPointer(document, shaped.path), numberSource);
    const key = `${issue.ruleId}\u0000${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * An integer past 2^53 has lost digits by the time it is a JavaScript number (`12345678901234567890`
 * parses to 12345678901234567168, printed `12345678901234567000`), so for text, which the API reads
 * with its own precision, a message shows the number as written. An object's number was rounded in
 * the caller's code before reqlint saw it, and `JSON.stringify` sends exactly its rendering: that is
 * what the API will get, so it is shown as it is (and text made by `JSON.stringify` reads the same).
 */
function withHonestNumber(issue: SchemaIssue, value: unknown, numberSource: NumberSource): SchemaIssue {
  if (typeof value !== 'number' || !Number.isInteger(value) || Number.isSafeInteger(value)) return issue;
  const rounded = String(value);
  const written = numberSource(issue.path);
  if (written === undefined || written === rounded || !issue.message.includes(rounded)) return issue;
  const data = issue.data && Object.fromEntries(Object.entries(issue.data).map(([key, text]) => [key, text === rounded ? written : text]));
  return { ...issue, message: issue.message.replaceAll(rounded, written), ...(data ? { data } : {}) };
}

/** A schema bound for a message: exact even past 2^53 (`2 ** 63` is 9223372036854775808, not `…6000`). */
function showBound(limit: number): string {
  // The spec's int64 maximum, 9223372036854775807, is held as the double 2^63: say the bound it means.
  if (limit === INT64_MAX_AS_DOUBLE) return '9223372036854775807';
  return Number.isInteger(limit) && !Number.isSafeInteger(limit) ? BigInt(limit).toString() : String(limit);
}

const INT64_MAX_AS_DOUBLE = 2 ** 63;

/**
 * For every failed `anyOf`/`oneOf`, keep only the errors of the branch the value was meant for: the
 * branches whose JSON type matches the value, and among those the one that got furthest (deepest
 * error, then fewest errors). When no branch even has the value's type, one `type` error replaces the
 * lot, listing what would have been accepted.
 */
function collapseUnions(errors: readonly ErrorObject[], document: unknown): ErrorObject[] {
  const unions = errors
    .filter((e) => e.keyword === 'anyOf' || (e.keyword === 'oneOf' && Array.isArray(e.schema)))
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  let remaining = [...errors];
  for (const union of unions) {
    if (!remaining.includes(union)) continue; // dropped with an outer union's unchosen branch
    const prefix = union.schemaPath + '/';
    const branchErrors = new Map<number, ErrorObject[]>();
    for (const error of remaining) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const index = Number(error.schemaPath.slice(prefix.length).split('/')[0]);
      if (!branchErrors.has(index)) branchErrors.set(index, []);
      branchErrors.get(index)!.push(error);
    }
    const branches = (union.schema as unknown[]) ?? [];
    const value = getAtPointer(document, union.instancePath);
    const typed = [...branchErrors.keys()].filter((index) => branchAcceptsType(branches[index], value));
    const inUnion = (e: ErrorObject) => e === union || e.schemaPath.startsWith(prefix);
    if (typed.length === 0) {
      const accepted = unique(branches.flatMap(branchTypes));
      const replacement: ErrorObject = {
        ...union,
        keyword: 'type',
        params: { type: accepted },
        schemaPath: union.schemaPath,
      };
      remaining = [...remaining.filter((e) => !inUnion(e)), replacement];
      continue;
    }
    const best = typed.sort((a, b) => score(branchErrors.get(b)!) - score(branchErrors.get(a)!))[0]!;
    const keep = new Set(branchErrors.get(best));
    remaining = remaining.filter((e) => !inUnion(e) || keep.has(e));
  }
  return remaining;
}

function score(errors: ErrorObject[]): number {
  const depth = maxOf(errors.map((e) => e.instancePath.split('/').length));
  return depth * 1000 - errors.length;
}

function branchTypes(branch: unknown): JsonType[] {
  if (branch === null || typeof branch !== 'object') return [];
  const schema = branch as Record<string, unknown>;
  if (typeof schema.type === 'string') return [schema.type as JsonType];
  if (Array.isArray(schema.type)) return schema.type as JsonType[];
  if ('const' in schema) return [jsonTypeOf(schema.const)];
  if (Array.isArray(schema.enum)) return unique(schema.enum.map(jsonTypeOf));
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) return unique((schema[key] as unknown[]).flatMap(branchTypes));
  }
  return [];
}

function branchAcceptsType(branch: unknown, value: unknown): boolean {
  const types = branchTypes(branch);
  if (types.length === 0) return true;
  const actual = jsonTypeOf(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  null: 'null',
  array: 'an array',
  object: 'an object',
};

function describeTypes(types: readonly string[]): string {
  const names = unique(types.map((t) => TYPE_NAMES[t] ?? t));
  if (names.length <= 1) return names[0] ?? 'a different type';
  return names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1];
}

function subject(pointer: string): string {
  return pointer === '' ? 'the request body' : `\`${pointerToDisplayPath(pointer)}\``;
}

/**
 * What a value that failed a type check is, in words. JSON has no Infinity and no BigInt: `1e400`
 * parses to Infinity (which a client sends as `null`), and a BigInt makes `JSON.stringify` throw,
 * so both say so rather than "a number (null)".
 */
function describeActual(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value)
      ? 'NaN (JSON has no NaN; a client would send `null`)'
      : `${value > 0 ? '' : '-'}Infinity (the number is too large for JSON; a client would send \`null\`)`;
  }
  if (typeof value === 'bigint') return `a BigInt (${String(value)}n; \`JSON.stringify\` cannot send it, convert it with \`Number()\`)`;
  if (typeof value === 'function') return 'a function (it is not sent at all)';
  if (typeof value === 'symbol' || value === undefined) return `${String(value)} (it is not sent at all)`;
  const name = TYPE_NAMES[jsonTypeOf(value)] ?? jsonTypeOf(value);
  return isScalar(value) ? `${name} (${show(value)})` : name;
}

/** A short rendering of a value for a message; never throws (BigInt, cycles, hostile getters). */
function show(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${String(v)}n` : v));
  } catch {
    text = undefined;
  }
  if (text === undefined)
    return String(typeof value === 'symbol' ? value.toString() : typeof value === 'object' ? Object.prototype.toString.call(value) : value);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => `\`${typeof v === 'string' ? v : show(v)}\``).join(', ');
}

/** An issue before `leavesShapeIntact` has looked at the error behind it. */
type ShapedError = Omit<SchemaIssue, 'shapeIntact'>;

/** One ajv error as an issue; `value` is the one at its `instancePath`. */
function shapeOne(error: ErrorObject, value: unknown, unknownKeyNote: string | undefined): ShapedError | undefined {
  const at = error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(((error.parentSchema as Record<string, unknown>)?.properties as object) ?? {});
      const path = joinPointer(at, property);
      const guess = didYouMean(property, known);
      const where = at === '' ? '' : ` in ${subject(at)}`;
      const suggestions: Suggestion[] | undefined =
        guess === undefined || hasOwn(value, guess)
          ? undefined
          : [
              {
                message: `Rename \`${property}\` to \`${guess}\`.`,
                fix: [{ op: 'move', from: path, path: joinPointer(at, guess) }] as JsonPatch,
              },
            ];
      const message =
        guess !== undefined
          ? `Unknown parameter \`${property}\`${where}: did you mean \`${guess}\`?`
          : known.length > 0 && known.length <= 8
            ? `Unknown parameter \`${property}\`${where}; the accepted keys are ${listValues(known)}.`
            : `Unknown parameter \`${property}\`${where}; ${at === '' && unknownKeyNote !== undefined ? unknownKeyNote : 'the API rejects keys it does not know'}.`;
      return {
        ruleId: 'schema/unknown-property',
        keyword: error.keyword,
        path,
        target: 'key',
        message,
        data: { property, ...(guess ? { suggestion: guess } : {}) },
        ...(suggestions ? { suggestions } : {}),
      };
    }
    case 'required': {
      const property = String((error.params as { missingProperty: string }).missingProperty);
      const message =
        at === ''
          ? `The request is missing the required parameter \`${property}\`.`
          : `${capitalize(subject(at))} is missing the required key \`${property}\`.`;
      return { ruleId: 'schema/missing-property', keyword: error.keyword, path: at, target: 'key', message, data: { property } };
    }
    case 'type': {
      const expected = (error.params as { type: string | string[] }).type;
      const types = Array.isArray(expected) ? expected : String(expected).split(',');
      const message = `${capitalize(subject(at))} must be ${describeTypes(types)}, not ${describeActual(value)}.`;
      return {
        ruleId: 'schema/type',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message,
        data: { expected: types.join('|'), actual: jsonTypeOf(value) },
      };
    }
    case 'enum':
    case 'const': {
      const allowed =
        error.keyword === 'enum'
          ? ((error.params as { allowedValues: unknown[] }).allowedValues ?? [])
          : [(error.params as { allowedValue: unknown }).allowedValue];
      return enumIssue(at, value, allowed, error.keyword);
    }
    case 'discriminator': {
      const params = error.params as { error: string; tag: string; tagValue: unknown };
      const tagPath = joinPointer(at, params.tag);
      if (params.error === 'tag' && !hasOwn(value, params.tag)) {
        return {
          ruleId: 'schema/missing-property',
          keyword: 'required',
          path: at,
          target: 'key',
          message: `${capitalize(subject(at))} is missing the required key \`${params.tag}\`.`,
          data: { property: params.tag },
        };
      }
      const allowed = discriminatorValues(error.parentSchema, params.tag);
      return enumIssue(tagPath, params.tagValue, allowed, error.keyword);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      const bound = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'greater than' }[comparison] ?? comparison;
      return {
        ruleId: 'schema/range',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message: `${capitalize(subject(at))} must be ${bound} ${showBound(limit)}; got ${show(value)}.`,
        data: { limit: showBound(limit), actual: show(value) },
      };
    }
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
    case 'maxProperties': {
      const { limit } = error.params as { limit: number };
      const unit = error.keyword.endsWith('Items') ? 'item' : error.keyword.endsWith('Length') ? 'character' : 'key';
      const actual = Array.isArray(value)
        ? value.length
        : typeof value === 'string'
          ? value.length
          : value && typeof value === 'object'
            ? Object.keys(value).length
            : 0;
      const message =
        error.keyword === 'minItems' && limit === 1
          ? `${capitalize(subject(at))} must not be empty.`
          : `${capitalize(subject(at))} must have ${error.keyword.startsWith('min') ? 'at least' : 'at most'} ${limit} ${unit}${limit === 1 ? '' : 's'}; it has ${actual}.`;
      return {
        ruleId: 'schema/size',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message,
        data: { limit: String(limit), actual: String(actual) },
      };
    }
    case 'pattern': {
      const { pattern } = error.params as { pattern: string };
      return {
        ruleId: 'schema/pattern',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message: `${capitalize(subject(at))} must match the pattern \`${pattern}\`; got ${show(value)}.`,
        data: { pattern },
      };
    }
    case 'format': {
      const { format } = error.params as { format: string };
      return {
        ruleId: 'schema/pattern',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message: `${capitalize(subject(at))} must be a valid ${format}; got ${show(value)}.`,
        data: { format },
      };
    }
    case 'anyOf':
    case 'oneOf':
      // A union whose branches all passed their own checks but none matched as a whole (or, for
      // oneOf, more than one did). Rare with our schemas; say what was expected without the noise.
      return {
        ruleId: 'schema/type',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message: `${capitalize(subject(at))} does not match any accepted shape.`,
        data: {},
      };
    default:
      return {
        ruleId: 'schema/type',
        keyword: error.keyword,
        path: at,
        target: 'value',
        message: `${capitalize(subject(at))} is not valid here (${error.keyword}).`,
        data: {},
      };
  }
}

function enumIssue(path: string, value: unknown, allowed: readonly unknown[], keyword: string): ShapedError {
  const strings = allowed.filter((v): v is string => typeof v === 'string');
  const guess = typeof value === 'string' ? didYouMean(value, strings) : undefined;
  const hint = guess !== undefined ? ` Did you mean \`${guess}\`?` : '';
  const suggestions: Suggestion[] | undefined =
    guess === undefined
      ? undefined
      : [{ message: `Replace ${show(value)} with "${guess}".`, fix: [{ op: 'replace', path, value: guess }] }];
  return {
    ruleId: 'schema/enum',
    keyword,
    path,
    target: 'value',
    message: `${capitalize(subject(path))} must be ${allowed.length === 1 ? listValues(allowed) : `one of ${listValues(allowed)}`}; got ${show(value)}.${hint}`,
    data: { allowed: allowed.map(String).join('|'), actual: show(value) },
    ...(suggestions ? { suggestions } : {}),
  };
}

function discriminatorValues(schema: unknown, tag: string): unknown[] {
  const branches = ((schema as Record<string, unknown>)?.oneOf as unknown[]) ?? [];
  return branches.flatMap((branch) => {
    const property = (branch as Record<string, Record<string, Record<string, unknown>>>)?.properties?.[tag] ?? {};
    if ('const' in property) return [property.const];
    if (Array.isArray(property.enum)) return property.enum;
    return [];
  });
}

function hasOwn(value: unknown, key: string): boolean {
  return value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
