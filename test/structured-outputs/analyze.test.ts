import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { EmbeddedSchemaNode } from '../../src/nodes.js';
import { allEntries, analyze, entriesWith } from '../../src/structured-outputs/analyze.js';
import { Fact } from '../../src/structured-outputs/facts.js';
import { resolveRef } from '../../src/structured-outputs/refs.js';
import { StrictSchema } from '../../src/structured-outputs/strict-schema-node.js';

const closed = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

describe('analyze', () => {
  it('visits every subschema in document order with request pointers', () => {
    const schema = closed({ a: { type: 'array', items: { anyOf: [closed({ b: { type: 'string' } }), { type: 'null' }] } } });
    const paths = allEntries(schema, '/x').map((e) => e.path);
    expect(paths).toEqual([
      '/x',
      '/x/properties/a',
      '/x/properties/a/items',
      '/x/properties/a/items/anyOf/0',
      '/x/properties/a/items/anyOf/0/properties/b',
      '/x/properties/a/items/anyOf/1',
    ]);
  });

  it('counts object levels only, the root being level 1, and starts definitions at the top', () => {
    const schema = {
      ...closed({ a: closed({ b: { type: 'array', items: closed({ c: { type: 'string' } }) } }) }),
      $defs: { d: closed({ e: closed({}) }) },
    };
    const depth = Object.fromEntries(allEntries(schema, '').map((e) => [e.path, e.depth]));
    expect(depth['']).toBe(1);
    expect(depth['/properties/a']).toBe(2);
    expect(depth['/properties/a/properties/b']).toBe(2);
    expect(depth['/properties/a/properties/b/items']).toBe(3);
    expect(depth['/$defs/d']).toBe(1);
    expect(depth['/$defs/d/properties/e']).toBe(2);
  });

  it('records values that are not schemas where a schema is required', () => {
    const schema = closed({ a: true, b: { anyOf: [false, { type: 'null' }] } });
    expect(analyze(schema, '').nonSchemas.map((n) => n.path)).toEqual(['/properties/a', '/properties/b/anyOf/0']);
  });

  it('terminates on shared object identities (a hand-built, cyclic value)', () => {
    const schema: Record<string, unknown> = closed({});
    (schema.properties as Record<string, unknown>).self = schema;
    expect(allEntries(schema, '')).toHaveLength(1);
  });
});

describe('facts', () => {
  const paths = (schema: Record<string, unknown>, fact: number) => entriesWith(analyze(schema, ''), fact).map((e) => e.path);

  it("notes none of the rules' causes on a clean strict schema, and makes no entry for it", () => {
    const schema = {
      ...closed({ a: { type: 'string', enum: ['x'] }, b: { type: ['number', 'null'] }, c: { $ref: '#/$defs/d' } }),
      $defs: { d: closed({ e: { anyOf: [{ type: 'string' }, { type: 'null' }] } }) },
    };
    const analysis = analyze(schema, '');
    expect(analysis.facts).toBe(0);
    expect(analysis.flagged).toEqual([]);
  });

  it('marks for `valid-type` the types strict mode does not accept, and nodes below the root with no `type`, `anyOf` or `$ref`', () => {
    const schema = {
      properties: {
        a: { type: ['number', 'null'] },
        b: { type: ['null', 'null'] },
        c: { type: ['string', 'number'] },
        d: { type: 'date' },
        e: { type: 'string', anyOf: [] },
        f: { description: 'no shape' },
        g: { enum: ['x'] },
        h: { $ref: '#' },
        i: { type: 3 },
      },
    };
    expect(paths(schema, Fact.typeToCheck)).toEqual([
      '/properties/b',
      '/properties/c',
      '/properties/d',
      '/properties/e',
      '/properties/f',
      '/properties/g',
      '/properties/i',
    ]);
  });

  it('marks the nodes each fact names, in document order', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string', default: 'x', minLength: 1 },
        b: { type: 'object', properties: { c: { type: 'array' } } },
        d: { $ref: '#/$defs/missing' },
        e: { $ref: '#', description: 'beside' },
      },
      required: ['a'],
      $defs: {},
    };
    expect(paths(schema, Fact.default)).toEqual(['/properties/a']);
    expect(paths(schema, Fact.stringLengthBound)).toEqual(['/properties/a']);
    expect(paths(schema, Fact.fineTuneUnsupportedKeyword)).toEqual(['/properties/a']);
    expect(paths(schema, Fact.openObject)).toEqual(['', '/properties/b']);
    expect(paths(schema, Fact.optionalProperty)).toEqual(['', '/properties/b']);
    expect(paths(schema, Fact.arrayWithoutItems)).toEqual(['/properties/b/properties/c']);
    expect(paths(schema, Fact.refToCheck)).toEqual(['/properties/d', '/properties/e']);
    // `$defs` belongs at the root.
    expect(paths(schema, Fact.rootOnlyKeywordBelowRoot)).toEqual([]);
  });

  it('counts the size budgets and the deepest level as the rules read them', () => {
    const schema = {
      ...closed({ ab: { type: 'string', enum: ['x', 'yy'] }, c: closed({ d: { const: 'zzz' } }) }),
      $defs: { def: closed({}) },
    };
    const { size, maxDepth } = analyze(schema, '');
    expect(size).toMatchObject({ properties: 3, stringLength: 2 + 1 + 1 + 3 + 3 + 3, enumValues: 2, largeEnums: 0 });
    expect(maxDepth).toBe(2);
  });
});

describe('resolveRef', () => {
  const root = {
    ...closed({}),
    $defs: {
      a: closed({}),
      'x/y': closed({}),
      alias: { $ref: '#/$defs/a' },
      loop1: { $ref: '#/$defs/loop2' },
      loop2: { $ref: '#/$defs/loop1' },
    },
    definitions: { old: closed({}) },
  };
  it.each([
    ['#', 'resolved'],
    ['#/$defs/a', 'resolved'],
    ['#/$defs/x~1y', 'resolved'],
    ['#/$defs/alias', 'resolved'],
    ['#/definitions/old', 'resolved'],
    ['#/$defs/missing', 'dangling'],
    ['#/properties', 'not-a-definition'],
    ['other.json#/$defs/a', 'external'],
    ['https://example.com/s.json', 'external'],
    ['#/$defs/loop1', 'cycle'],
  ])('%s is %s', (ref, status) => {
    expect(resolveRef(root, ref)).toBe(status);
  });
});

describe('StrictSchema node', () => {
  const node = (schema: Record<string, unknown>): EmbeddedSchemaNode => ({
    api: 'chat.completions',
    path: '/s',
    schema,
    strict: true,
    owner: { kind: 'response_format', name: 'r', path: '/r' },
  });

  it('analyses and measures its schema once, however many rules ask', () => {
    const strict = new StrictSchema(node(closed({ a: { type: 'string', enum: ['x', 'yy'] } })));
    expect(strict.analysis).toBe(strict.analysis);
    expect(strict.sizeContributions).toBe(strict.sizeContributions);
    expect(strict.sizeContributions.stringLength.map((c) => c.amount)).toEqual([1, 3]);
  });

  it('keeps every field of the embedded schema node it wraps', () => {
    const embedded = { ...node(closed({})), strictImplied: false };
    expect({ ...new StrictSchema(embedded) }).toMatchObject(embedded);
  });
});

describe('objects a hand-built schema uses more than once', () => {
  const lintedPaths = (request: unknown) =>
    lint(request, { preset: 'all' })
      .diagnostics.filter((d) => d.ruleId === 'structured-outputs/no-default')
      .map((d) => d.path);

  it('are checked in each place, as the API gets a copy in each (and as linting the JSON text does)', () => {
    const shared = { type: 'string', default: 'x' };
    const schema = { type: 'object', properties: { a: shared, b: shared }, required: ['a', 'b'], additionalProperties: false };
    const request = {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'r', strict: true, schema } },
    };
    const expected = [
      '/response_format/json_schema/schema/properties/a/default',
      '/response_format/json_schema/schema/properties/b/default',
    ];
    expect(lintedPaths(request)).toEqual(expected);
    expect(lintedPaths(JSON.stringify(request))).toEqual(expected);
  });

  it('an object inside itself is not entered again, and sharing that doubles at every level stops', () => {
    const cyclic: Record<string, unknown> = { type: 'object', properties: {}, required: [], additionalProperties: false };
    (cyclic.properties as Record<string, unknown>).self = cyclic;
    // The root only: `properties.self` is the root itself.
    expect(allEntries(cyclic, '').map((entry) => entry.path)).toEqual(['']);
    let doubling: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 40; level++)
      doubling = { type: 'object', properties: { l: doubling, r: doubling }, required: ['l', 'r'], additionalProperties: false };
    // 2^41 copies as JSON; the walk stops after a bounded number of subschemas.
    const entries = allEntries(doubling, '');
    expect(entries.length).toBeGreaterThan(1000);
    expect(entries.length).toBeLessThanOrEqual(100_001);
  });
});
