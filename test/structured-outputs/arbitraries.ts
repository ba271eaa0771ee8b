import fc from 'fast-check';
import { parsePointer } from '../../src/json-pointer.js';
import { SUPPORTED_FORMATS } from '../../src/structured-outputs/subset.js';

/**
 * A generator of schemas the Structured Outputs strict mode accepts, covering the whole subset: nested
 * objects (every one closed and fully required), arrays with bounds, `anyOf` below the root, nullable
 * values as `[T, "null"]`, enums, const, supported formats, patterns, numeric bounds, titles and
 * descriptions, and `$defs` with recursion (through a definition and through `#`). Objects nest at
 * most a few levels, well inside both limit profiles, and sizes stay far below the budgets.
 *
 * `test/structured-outputs/valid-schemas.property.test.ts` checks that no rule ever flags them; the
 * mutation tests and violation generators start from them.
 */

export const identifier = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,11}$/);
const text = fc.constantFrom('The city.', 'When it happened.', 'Free text.', 'One of the listed values.');

const annotated = (schema: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(schema, fc.option(text, { nil: undefined }), fc.option(fc.constantFrom('Title', 'Value'), { nil: undefined }))
    .map(([s, description, title]) => ({
      ...s,
      ...(description === undefined ? {} : { description }),
      ...(title === undefined ? {} : { title }),
    }));

const stringLeaf: fc.Arbitrary<Record<string, unknown>> = fc.oneof<fc.Arbitrary<Record<string, unknown>>[]>(
  fc.constant({ type: 'string' }),
  fc.constantFrom(...SUPPORTED_FORMATS).map((format) => ({ type: 'string', format })),
  fc.constantFrom('^[a-z]+$', '^\\d{3}-\\d{4}$').map((pattern) => ({ type: 'string', pattern })),
  fc.uniqueArray(identifier, { minLength: 1, maxLength: 6 }).map((values) => ({ type: 'string', enum: values })),
  identifier.map((value) => ({ type: 'string', const: value })),
);

const numberLeaf: fc.Arbitrary<Record<string, unknown>> = fc.oneof<fc.Arbitrary<Record<string, unknown>>[]>(
  fc.constantFrom({ type: 'integer' }, { type: 'number' }),
  fc.record({
    type: fc.constantFrom('integer', 'number'),
    minimum: fc.integer({ min: -100, max: 0 }),
    maximum: fc.integer({ min: 1, max: 100 }),
  }),
  fc.constantFrom({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }, { type: 'number', multipleOf: 0.5 }),
  fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 5 }).map((values) => ({ type: 'integer', enum: values })),
);

const primitive: fc.Arbitrary<Record<string, unknown>> = fc.oneof(stringLeaf, numberLeaf, fc.constant({ type: 'boolean' }));

/** `[T, "null"]`, with `null` added to an enum, as the SDK helpers write optional values. */
const nullable: fc.Arbitrary<Record<string, unknown>> = primitive.map((schema): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  if ('const' in out) return { anyOf: [schema, { type: 'null' }] };
  return out;
});

interface Tree {
  node: Record<string, unknown>;
  object: Record<string, unknown>;
}

/** Subschemas; `refs` are the references a node may use (empty: none). */
function tree(refs: readonly string[]) {
  return fc.letrec<Tree>((tie) => {
    const object = tie('object') as fc.Arbitrary<Record<string, unknown>>;
    const node = tie('node') as fc.Arbitrary<Record<string, unknown>>;
    return {
      node: fc.oneof<fc.Arbitrary<Record<string, unknown>>[]>(
        { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
        annotated(primitive),
        nullable,
        object,
        fc
          .tuple(
            node,
            fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
            fc.option(fc.integer({ min: 3, max: 9 }), { nil: undefined }),
          )
          .map(([items, minItems, maxItems]): Record<string, unknown> => ({
            type: 'array',
            items,
            ...(minItems === undefined ? {} : { minItems }),
            ...(maxItems === undefined ? {} : { maxItems }),
          })),
        fc
          .uniqueArray(fc.oneof(object, primitive), { minLength: 2, maxLength: 3, selector: (s) => JSON.stringify(s) })
          .map((anyOf): Record<string, unknown> => ({ anyOf })),
        // A required, non-nullable reference to the root would make every output infinite, so `#` only
        // appears as a nullable branch; definitions may be referenced directly.
        ...(refs.length > 0
          ? [
              fc.constantFrom(...refs).chain((ref): fc.Arbitrary<Record<string, unknown>> => {
                const nullableRef = { anyOf: [{ $ref: ref }, { type: 'null' }] };
                return ref === '#' ? fc.constant(nullableRef) : fc.constantFrom<Record<string, unknown>>({ $ref: ref }, nullableRef);
              }),
            ]
          : []),
      ),
      object: fc
        .uniqueArray(fc.tuple(identifier, node), { minLength: 1, maxLength: 4, selector: ([name]) => name })
        .map((entries): Record<string, unknown> => ({
          type: 'object',
          properties: Object.fromEntries(entries),
          required: entries.map(([name]) => name),
          additionalProperties: false,
        })),
    };
  });
}

/** A recursive definition: a tree node whose children are nodes again. */
const recursiveNode = {
  type: 'object',
  properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } },
  required: ['label', 'children'],
  additionalProperties: false,
};

export const strictValidSchema: fc.Arbitrary<Record<string, unknown>> = fc.boolean().chain((withDefs) => {
  if (!withDefs) return tree([]).object;
  const refs = ['#/$defs/node', '#/$defs/entry', '#'];
  return fc.tuple(tree(refs).object, tree([]).object).map(([root, entry]) => ({ ...root, $defs: { node: recursiveNode, entry } }));
});

/** Where a strict schema can sit in a Chat request. */
export type Placement = 'response_format' | 'tool';

export function placeSchema(
  request: Record<string, unknown>,
  schema: Record<string, unknown>,
  placement: Placement,
): { request: Record<string, unknown>; schemaPath: string } {
  if (placement === 'response_format') {
    return {
      request: { ...request, response_format: { type: 'json_schema', json_schema: { name: 'result', strict: true, schema } } },
      schemaPath: '/response_format/json_schema/schema',
    };
  }
  const { tools: _tools, tool_choice: _choice, parallel_tool_calls: _parallel, ...rest } = request;
  return {
    request: {
      ...rest,
      tools: [{ type: 'function', function: { name: 'record_result', strict: true, parameters: schema } }],
      tool_choice: 'auto',
      parallel_tool_calls: false,
    },
    schemaPath: '/tools/0/function/parameters',
  };
}

/** A deep copy of `schema` with `edit` applied to the node at `pointer` (relative to the schema root). */
export function editAt(
  schema: Record<string, unknown>,
  pointer: string,
  edit: (node: Record<string, unknown>) => void,
): Record<string, unknown> {
  const copy = structuredClone(schema);
  let node: Record<string, unknown> = copy;
  for (const segment of parsePointer(pointer)) node = node[segment] as Record<string, unknown>;
  edit(node);
  return copy;
}

/**
 * Keys of every `properties` map in a schema, definitions included: how the API counts a schema's
 * object properties. The generator stays far below the current limit (5,000) but can pass the
 * original one (100), so tests under that profile leave such schemas out.
 */
export function propertyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + propertyCount(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  const own =
    record.properties !== null && typeof record.properties === 'object' && !Array.isArray(record.properties)
      ? Object.keys(record.properties).length
      : 0;
  return own + Object.values(record).reduce((sum: number, item) => sum + propertyCount(item), 0);
}
