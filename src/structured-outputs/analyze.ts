import { joinPointer, unescapeSegment } from '../engine/pointer.js';
import type { EmbeddedSchemaNode } from '../nodes.js';

/**
 * One walk per embedded schema, shared by every structured-outputs rule: the subschemas in document
 * order with their pointers, nesting levels and how they were reached, plus every `$ref` resolved.
 * Memoised per node, and nodes are made afresh for each `lint` call, so a caller who edits a schema
 * object between calls never sees a stale analysis.
 */

export interface SchemaEntry {
  schema: Record<string, unknown>;
  /** Pointer into the request. */
  path: string;
  /** Object nesting level as the API counts it: the root object is level 1; arrays and anyOf add none. */
  depth: number;
  isRoot: boolean;
  /** Keyword that leads here from the parent (`properties`, `items`, `anyOf`, `$defs`...); `undefined` at the root. */
  via: string | undefined;
  /** Property or definition name, for children of `properties`, `$defs` and `definitions`. */
  name: string | undefined;
  /** `type` as a list (`[]` when absent). */
  types: readonly string[];
  /** The node describes an object (see `describesObject`). */
  isObject: boolean;
}

/** A value where a subschema is expected that is not a schema object (`true`, `false`, a string...). */
export interface NonSchemaEntry {
  value: unknown;
  path: string;
  via: string;
}

/**
 * - `resolved`: a local reference to the root (`#`) or into `$defs`/`definitions` that exists.
 * - `external`: not a `#` fragment of this schema (another document, a URL, an `$id`).
 * - `not-a-definition`: local, but into something other than `$defs`/`definitions`.
 * - `dangling`: local, but nothing is there.
 * - `cycle`: a chain of references that only point at each other, so it never reaches a schema.
 */
export type RefStatus = 'resolved' | 'external' | 'not-a-definition' | 'dangling' | 'cycle';

export interface RefEntry {
  entry: SchemaEntry;
  ref: string;
  status: RefStatus;
}

export interface SchemaAnalysis {
  entries: readonly SchemaEntry[];
  nonSchemas: readonly NonSchemaEntry[];
  refs: readonly RefEntry[];
}

/** How each structural keyword holds its subschemas: one schema, a list, or a map of names to schemas. */
const STRUCTURE = new Map<string, 'single' | 'list' | 'map'>([
  ...(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems', 'contentSchema'] as const).map((k) => [k, 'single'] as const),
  ...(['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const).map((k) => [k, 'list'] as const),
  ...(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const).map((k) => [k, 'map'] as const),
]);
/** Where a non-object value is a mistake rather than JSON Schema's boolean shorthand worth keeping. */
const SCHEMA_REQUIRED = new Set(['properties', '$defs', 'definitions', 'anyOf', 'oneOf', 'allOf', 'prefixItems', 'items']);
const DEFINITIONS = new Set(['$defs', 'definitions']);

/** `joinPointer` for one segment, without the escaping work for the common case of a plain name. */
export function child(path: string, segment: string | number): string {
  const text = String(segment);
  return text.includes('~') || text.includes('/') ? joinPointer(path, text) : `${path}/${text}`;
}

const cache = new WeakMap<EmbeddedSchemaNode, SchemaAnalysis>();

export function analyzeSchema(node: EmbeddedSchemaNode): SchemaAnalysis {
  let analysis = cache.get(node);
  if (analysis === undefined) {
    analysis = analyze(node.schema, node.path);
    cache.set(node, analysis);
  }
  return analysis;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function typesOf(schema: Record<string, unknown>): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** A schema that describes an object: `type: "object"` (alone or in a type list), or one with `properties` and no type. */
export function describesObject(schema: Record<string, unknown>): boolean {
  const types = typesOf(schema);
  if (types.includes('object')) return true;
  return schema.type === undefined && isRecord(schema.properties);
}

export function analyze(root: Record<string, unknown>, rootPath: string): SchemaAnalysis {
  const entries: SchemaEntry[] = [];
  const nonSchemas: NonSchemaEntry[] = [];
  // Structure only (never `$ref`), so recursive schemas cannot loop; the guard also stops on shared
  // object identities that a hand-built (non-JSON) value may contain.
  const seen = new Set<object>();

  const step = (value: unknown, path: string, parentDepth: number, via: string | undefined, name: string | undefined) => {
    if (!isRecord(value)) {
      if (via !== undefined && SCHEMA_REQUIRED.has(via)) nonSchemas.push({ value, path, via });
      return;
    }
    if (seen.has(value)) return;
    seen.add(value);
    const types = typesOf(value);
    const isObject = types.includes('object') || (value.type === undefined && isRecord(value.properties));
    const depth = isObject ? parentDepth + 1 : parentDepth;
    entries.push({ schema: value, path, depth, isRoot: via === undefined, via, name, types, isObject });
    // Keys in the order written, so findings come out in document order.
    for (const keyword in value) {
      const form = STRUCTURE.get(keyword);
      if (form === undefined) continue;
      const sub = value[keyword];
      if (Array.isArray(sub)) {
        // A list under `items` is the tuple form; lists elsewhere are `anyOf` and friends.
        if (form === 'list' || keyword === 'items') sub.forEach((item, index) => step(item, child(child(path, keyword), index), depth, keyword, undefined));
      } else if (form === 'map') {
        if (!isRecord(sub)) continue;
        // Definitions are not nested inside the object that holds them: they start at the top level.
        const base = DEFINITIONS.has(keyword) ? 0 : depth;
        const at = child(path, keyword);
        for (const key in sub) step(sub[key], child(at, key), base, keyword, key);
      } else if (form === 'single') {
        // `additionalProperties: false` and friends are booleans by design; only `items` must be a schema.
        if (isRecord(sub) || (keyword === 'items' && sub !== undefined)) step(sub, child(path, keyword), depth, keyword, undefined);
      }
    }
  };
  step(root, rootPath, 0, undefined, undefined);

  const refs: RefEntry[] = [];
  for (const entry of entries) {
    const ref = entry.schema.$ref;
    if (typeof ref === 'string') refs.push({ entry, ref, status: resolveRef(root, ref) });
  }
  return { entries, nonSchemas, refs };
}

/** The schema a local reference points at, or why it does not point at one. Never loops. */
export function resolveRef(root: Record<string, unknown>, ref: string): RefStatus {
  const visited = new Set<string>();
  let current = ref;
  for (;;) {
    const target = lookup(root, current);
    if (typeof target === 'string') return target;
    visited.add(current);
    const next = target.$ref;
    // Only a bare alias (`{ "$ref": ... }` alone) can form a cycle that never reaches a schema; a
    // recursive reference from inside an object's properties is fine, and is never followed here.
    if (typeof next !== 'string' || Object.keys(target).length !== 1) return 'resolved';
    if (visited.has(next)) return 'cycle';
    current = next;
  }
}

/** The schema a local `$ref` points at, or why it points at none. */
export function lookup(root: Record<string, unknown>, ref: string): Record<string, unknown> | Exclude<RefStatus, 'resolved' | 'cycle'> {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return 'external';
  let segments: string[];
  try {
    segments = ref.slice(2).split('/').map((s) => unescapeSegment(decodeURIComponent(s)));
  } catch {
    return 'dangling';
  }
  if (!DEFINITIONS.has(segments[0] ?? '')) return 'not-a-definition';
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return 'dangling';
  }
  return isRecord(node) ? node : 'dangling';
}
