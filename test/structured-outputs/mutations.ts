import fc from 'fast-check';
import { joinPointer } from '../../src/json-pointer.js';
import { allEntries } from '../../src/structured-outputs/analyze.js';
import type { SchemaEntry } from '../../src/structured-outputs/entry.js';
import { describesObject } from '../../src/structured-outputs/shape.js';
import { editAt } from './arbitraries.js';

/**
 * Single mutations of a strict-valid schema, one family per rule: each breaks exactly that rule, once,
 * and says where the rule must report (a pointer relative to the schema root). The mutation tests and
 * the violation generators (`test/properties/violations/structured-outputs.ts`) share them.
 */
export interface Mutation {
  schema: Record<string, unknown>;
  pointer: string;
  /** The model the request must name (the fine-tune rule needs a fine-tuned one). */
  model?: string;
}

export const FINE_TUNED_MODEL = 'ft:gpt-4o-mini-2024-07-18:acme::abc123';

const entriesOf = (schema: Record<string, unknown>) => allEntries(schema, '');
const pick = (entries: readonly SchemaEntry[]) => fc.constantFrom(...entries);
const objects = (schema: Record<string, unknown>) => entriesOf(schema).filter((e) => describesObject(e.schema));
const strings = (schema: Record<string, unknown>) => entriesOf(schema).filter((e) => e.types.includes('string'));
/** The schema with one more plain string property, so that string mutations always have a target. */
const withString = (schema: Record<string, unknown>) => addProperty(schema, 'z_text', { type: 'string' });
/** The root object gains one required property (its name is new: generated names never start with `z_`). */
function addProperty(schema: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  return editAt(schema, '', (root) => {
    root.properties = { ...(root.properties as object), [name]: value };
    root.required = [...(root.required as string[]), name];
  });
}
/** A chain of `levels` closed objects, each holding the next under `next`. */
function chain(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < levels; i++) node = { type: 'object', properties: { next: node }, required: ['next'], additionalProperties: false };
  return node;
}

const UNSUPPORTED: ReadonlyArray<[string, unknown]> = [
  ['not', { type: 'null' }],
  ['allOf', []],
  ['minProperties', 1],
  ['maxProperties', 9],
  ['uniqueItems', true],
  ['patternProperties', {}],
  ['propertyNames', { type: 'string' }],
  ['dependentRequired', {}],
  ['contains', { type: 'string' }],
  ['unevaluatedProperties', false],
];

export const mutations: Record<string, (schema: Record<string, unknown>) => fc.Arbitrary<Mutation>> = {
  'structured-outputs/require-additional-properties-false': (schema) =>
    pick(objects(schema)).map(({ path }) => ({ schema: editAt(schema, path, (n) => delete n.additionalProperties), pointer: path })),
  'structured-outputs/require-all-properties-required': (schema) =>
    pick(objects(schema)).chain(({ path, schema: node }) =>
      fc.constantFrom(...Object.keys(node.properties as object)).map((name) => ({
        schema: editAt(schema, path, (n) => (n.required = (n.required as string[]).filter((r) => r !== name))),
        pointer: joinPointer(path, 'properties', name),
      })),
    ),
  'structured-outputs/root-must-be-object': (schema) =>
    fc.constantFrom('array', 'anyOf').map((form) => {
      const { $defs, ...root } = schema;
      const defs = $defs === undefined ? {} : { $defs };
      return form === 'array'
        ? { schema: { type: 'array', items: root, ...defs }, pointer: '/type' }
        : { schema: { anyOf: [root], ...defs }, pointer: '/anyOf' };
    }),
  'structured-outputs/no-unknown-required': (schema) =>
    pick(objects(schema)).map(({ path }) => ({
      schema: editAt(schema, path, (n) => (n.required = [...(n.required as string[]), 'z_gone'])),
      pointer: joinPointer(path, 'required', (objects(schema).find((e) => e.path === path)!.schema.required as string[]).length),
    })),
  'structured-outputs/require-properties-and-items': (schema) =>
    fc
      .constantFrom('object', 'array')
      .map((form) =>
        form === 'object'
          ? { schema: addProperty(schema, 'z_empty', { type: 'object', additionalProperties: false }), pointer: '/properties/z_empty' }
          : { schema: addProperty(schema, 'z_list', { type: 'array' }), pointer: '/properties/z_list' },
      ),
  'structured-outputs/valid-type': (original) => {
    const schema = withString(original);
    return fc
      .tuple(
        pick(strings(schema).filter((e) => !('enum' in e.schema) && !('const' in e.schema))),
        fc.constantFrom<unknown>(['string', 'integer'], 'date', ['string']),
      )
      .map(([{ path }, type]) => ({
        schema: editAt(schema, path, (n) => (n.type = type)),
        pointer: joinPointer(path, 'type'),
      }));
  },
  'structured-outputs/no-unsupported-keywords': (original) => {
    const schema = withString(original);
    return fc.oneof(
      fc
        .tuple(pick(entriesOf(schema).filter((e) => !('$ref' in e.schema))), fc.constantFrom(...UNSUPPORTED))
        .map(([{ path }, [keyword, value]]) => ({
          schema: editAt(schema, path, (n) => (n[keyword] = structuredClone(value))),
          pointer: joinPointer(path, keyword),
        })),
      pick(strings(schema)).map(({ path }) => ({
        schema: editAt(schema, path, (n) => (n.format = 'uri')),
        pointer: joinPointer(path, 'format'),
      })),
    );
  },
  'structured-outputs/no-default': (schema) =>
    pick(entriesOf(schema).filter((e) => !e.isRoot && !('$ref' in e.schema))).map(({ path }) => ({
      schema: editAt(schema, path, (n) => (n.default = null)),
      pointer: joinPointer(path, 'default'),
    })),
  'structured-outputs/no-string-length-bounds': (original) => {
    const schema = withString(original);
    return fc
      .tuple(pick(strings(schema)), fc.constantFrom('minLength', 'maxLength'))
      .map(([{ path }, keyword]) => ({ schema: editAt(schema, path, (n) => (n[keyword] = 3)), pointer: joinPointer(path, keyword) }));
  },
  'structured-outputs/valid-pattern': (original) => {
    const schema = withString(original);
    return fc.tuple(pick(strings(schema)), fc.constantFrom('(a+', '[a-', 'a{2,1}', '*x', '\\')).map(([{ path }, pattern]) => ({
      schema: editAt(schema, path, (n) => (n.pattern = pattern)),
      pointer: joinPointer(path, 'pattern'),
    }));
  },
  'structured-outputs/valid-ref': (schema) =>
    fc
      .constantFrom<[unknown, string]>(
        [{ $ref: '#/$defs/missing' }, '/$ref'],
        [{ $ref: 'https://example.com/schema.json' }, '/$ref'],
        [{ $ref: '#/properties' }, '/$ref'],
        [{ $ref: '#', description: 'Again.' }, '/description'],
      )
      .map(([value, at]) => ({
        schema: addProperty(schema, 'z_ref', value),
        pointer: '/properties/z_ref' + at,
      })),
  'structured-outputs/no-fine-tune-unsupported-keywords': (original) => {
    const schema = withString(original);
    return fc
      .tuple(pick(strings(schema)), fc.constantFrom<[string, unknown]>(['pattern', '^a'], ['minLength', 1], ['maxLength', 9]))
      .map(([{ path }, [keyword, value]]) => ({
        schema: editAt(schema, path, (n) => (n[keyword] = value)),
        pointer: joinPointer(path, keyword),
        model: FINE_TUNED_MODEL,
      }));
  },
  'structured-outputs/max-nesting-depth': (schema) =>
    // The root is level 1, so a chain of 10 objects under it puts its last object at level 11.
    fc.constant({ schema: addProperty(schema, 'z_deep', chain(10)), pointer: '/properties/z_deep' + '/properties/next'.repeat(9) }),
  'structured-outputs/max-schema-size': (schema) =>
    fc.constant({
      schema: addProperty(schema, 'z_big', { type: 'integer', enum: Array.from({ length: 1001 }, (_, i) => i) }),
      pointer: '/properties/z_big/enum',
    }),
};
