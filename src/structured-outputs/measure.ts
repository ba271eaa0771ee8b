import type { EmbeddedSchemaNode } from '../nodes.js';
import { analyzeSchema, child, isRecord } from './analyze.js';
import { LARGE_ENUM_THRESHOLD } from './subset.js';

/**
 * What one strict schema spends of each size budget, as the API counts it (api-facts §4.5; the
 * counting rules are in `data/structured-outputs.json` → `limits.notes`). Each budget is a list of
 * contributions in document order, so a rule can keep a running total and report at the exact node
 * where the limit is crossed.
 */

export interface Contribution {
  path: string;
  amount: number;
  target: 'key' | 'value';
}

export interface LargeEnum {
  path: string;
  count: number;
  length: number;
}

export interface SchemaSize {
  /** One per key of every `properties` map, definitions included. */
  properties: Contribution[];
  /** Property names, definition names, enum values, const values. */
  stringLength: Contribution[];
  /** One per `enum` list, its number of values. */
  enumValues: Contribution[];
  /** String enums with more than the threshold of values, with the total length of their values. */
  largeEnums: LargeEnum[];
}

const cache = new WeakMap<EmbeddedSchemaNode, SchemaSize>();

export function measureSchema(node: EmbeddedSchemaNode): SchemaSize {
  let size = cache.get(node);
  if (size === undefined) {
    size = measure(node);
    cache.set(node, size);
  }
  return size;
}

/** A value's length for the string budget: a string's own length, anything else its JSON text. */
export function valueLength(value: unknown): number {
  return typeof value === 'string' ? value.length : (JSON.stringify(value) ?? '').length;
}

function measure(node: EmbeddedSchemaNode): SchemaSize {
  const size: SchemaSize = { properties: [], stringLength: [], enumValues: [], largeEnums: [] };
  for (const { schema, path, isObject } of analyzeSchema(node).entries) {
    if (isObject && isRecord(schema.properties)) {
      const base = child(path, 'properties');
      for (const name of Object.keys(schema.properties)) {
        const at = child(base, name);
        size.properties.push({ path: at, amount: 1, target: 'key' });
        size.stringLength.push({ path: at, amount: name.length, target: 'key' });
      }
    }
    for (const keyword of ['$defs', 'definitions']) {
      const defs = schema[keyword];
      if (!isRecord(defs)) continue;
      for (const name of Object.keys(defs)) size.stringLength.push({ path: child(child(path, keyword), name), amount: name.length, target: 'key' });
    }
    if (Array.isArray(schema.enum)) {
      const at = child(path, 'enum');
      const length = schema.enum.reduce<number>((sum, value) => sum + valueLength(value), 0);
      size.enumValues.push({ path: at, amount: schema.enum.length, target: 'value' });
      size.stringLength.push({ path: at, amount: length, target: 'value' });
      if (schema.enum.length > LARGE_ENUM_THRESHOLD && schema.enum.every((value) => typeof value === 'string')) size.largeEnums.push({ path: at, count: schema.enum.length, length });
    }
    if ('const' in schema) size.stringLength.push({ path: child(path, 'const'), amount: valueLength(schema.const), target: 'value' });
  }
  return size;
}
