import { joinPointer } from '../engine/pointer.js';

/** A subschema found inside an embedded JSON Schema, with its pointer in the request. */
export interface SchemaVisit {
  schema: Record<string, unknown>;
  path: string;
  /** Object nesting level, counted as the API counts it (the root object is level 1). */
  depth: number;
  isRoot: boolean;
}

/** Keywords whose value is one subschema. */
const SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems'] as const;
/** Keywords whose value is a list of subschemas. */
const LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems', 'items'] as const;
/** Keywords whose value maps names to subschemas. */
const MAPS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const;

/**
 * Visits every subschema of an embedded schema, depth first, in document order. Follows structure
 * only (never `$ref`), so recursive schemas cannot loop; a guard also stops on shared object
 * identities that a hand-built (non-JSON) value might contain.
 */
export function walkSchema(root: Record<string, unknown>, rootPath: string, visit: (node: SchemaVisit) => void): void {
  const seen = new Set<object>();
  const step = (schema: unknown, path: string, depth: number, isRoot: boolean) => {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema)) return;
    seen.add(schema);
    const node = schema as Record<string, unknown>;
    const level = isObjectSchema(node) ? depth + 1 : depth;
    visit({ schema: node, path, depth: level, isRoot });
    for (const keyword of SINGLE) {
      if (keyword in node && !Array.isArray(node[keyword])) step(node[keyword], joinPointer(path, keyword), level, false);
    }
    for (const keyword of LISTS) {
      const list = node[keyword];
      if (Array.isArray(list)) list.forEach((child, index) => step(child, joinPointer(path, keyword, index), level, false));
    }
    for (const keyword of MAPS) {
      const map = node[keyword];
      if (map === null || typeof map !== 'object' || Array.isArray(map)) continue;
      // Definitions are not nested inside the object that holds them: they start at the top level.
      const base = keyword === '$defs' || keyword === 'definitions' ? 0 : level;
      for (const [name, child] of Object.entries(map)) step(child, joinPointer(path, keyword, name), base, false);
    }
  };
  step(root, rootPath, 0, true);
}

/** A schema that describes an object: `type: "object"` (alone or in a type list), or one with `properties`. */
export function isObjectSchema(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  if (type === 'object') return true;
  if (Array.isArray(type) && type.includes('object')) return true;
  return type === undefined && typeof schema.properties === 'object' && schema.properties !== null;
}
