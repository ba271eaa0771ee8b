/**
 * What a JSON value is, read as a schema. Shared by the walk (`analyze.ts`) and the rules, so a node
 * counts as an object or a list of types the same way everywhere.
 */

import { isRecord } from '../json-value.js';

export function typesOf(schema: Record<string, unknown>): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The keys these functions read: a schema, or what the walk read of one (`NodeKeywords`). */
interface Typed {
  readonly type?: unknown;
  readonly properties?: unknown;
}

/** `typesOf(schema).includes(name)`, without building the list: the walk asks it of every node. */
export function hasType(schema: Typed, name: string): boolean {
  const type = schema.type;
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** A schema that describes an object: `type: "object"` (alone or in a type list), or one with `properties` and no type. */
export function describesObject(schema: Typed): boolean {
  const type = schema.type;
  if (type === 'object') return true;
  return Array.isArray(type) ? type.includes('object') : type === undefined && isRecord(schema.properties);
}

/**
 * Why a schema root is not the `type: "object"` the API requires, or `undefined` when it is: a
 * `type` of something else, a combinator (`keywords`, in the order they are looked for) standing in for
 * the type, or nothing at all. Shared by the strict and the non-strict root rules.
 */
export type RootShapeProblem = { kind: 'notObject'; type: unknown } | { kind: 'union'; keyword: string } | { kind: 'noType' };

export function rootShapeProblem(schema: Record<string, unknown>, keywords: readonly string[]): RootShapeProblem | undefined {
  if (schema.type === 'object') return undefined;
  if (schema.type !== undefined) return { kind: 'notObject', type: schema.type };
  const keyword = keywords.find((k) => k in schema);
  return keyword === undefined ? { kind: 'noType' } : { kind: 'union', keyword };
}
