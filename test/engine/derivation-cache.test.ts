import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DerivationCache } from '../../src/derivation-cache.js';
import { matchesSnapshot, takeSnapshot } from '../../src/snapshot.js';
import { expectEditInPlaceSeen, morphInPlace } from '../support/edit-in-place.js';
import { validLangChainOptions } from '../support/valid-dialect-requests.js';
import { validChatRequest } from '../support/valid-requests.js';
import { placeSchema, strictValidSchema, type Placement } from '../structured-outputs/arbitraries.js';
import { mutations } from '../structured-outputs/mutations.js';

/** A schema object with nested objects and arrays of every kind the analysis reads. */
function sample(): Record<string, unknown> {
  return {
    type: 'object',
    properties: { name: { type: 'string', enum: ['a', 'b'] }, tags: { type: 'array', items: { type: ['string', 'null'] } } },
    required: ['name', 'tags'],
    additionalProperties: false,
  };
}

describe('snapshot', () => {
  const changes: Record<string, (schema: any) => void> = {
    'a value': (s) => (s.properties.name.type = 'number'),
    'an added key': (s) => (s.properties.name.minLength = 1),
    'a removed key': (s) => delete s.additionalProperties,
    'the key order': (s) => {
      const { type } = s;
      delete s.type;
      s.type = type;
    },
    'an array item': (s) => (s.properties.name.enum[1] = 'c'),
    'an array length': (s) => s.required.pop(),
    'a child replaced by an equal copy': (s) => (s.properties.tags = structuredClone(s.properties.tags)),
    'a change three levels down': (s) => (s.properties.tags.items.type[1] = 'integer'),
  };

  it('matches the value it was taken of while nothing changes', () => {
    const schema = sample();
    const snapshot = takeSnapshot(schema)!;
    expect(matchesSnapshot(snapshot)).toBe(true);
    expect(matchesSnapshot(snapshot)).toBe(true);
  });

  for (const [what, change] of Object.entries(changes)) {
    it(`sees ${what}`, () => {
      const schema = sample();
      const snapshot = takeSnapshot(schema)!;
      change(schema);
      expect(matchesSnapshot(snapshot)).toBe(false);
    });
  }

  it('follows cycles and shared objects without looping', () => {
    const shared = { type: 'string' };
    const schema: Record<string, unknown> = { a: shared, b: shared };
    schema.self = schema;
    const snapshot = takeSnapshot(schema)!;
    expect(matchesSnapshot(snapshot)).toBe(true);
    shared.type = 'number';
    expect(matchesSnapshot(snapshot)).toBe(false);
  });

  it('refuses values whose changes it could not see, and values too large to keep', () => {
    expect(takeSnapshot({ enum: [1, , 3] })).toBeUndefined();
    expect(takeSnapshot({ enum: [1, undefined] })).toBeUndefined();
    expect(takeSnapshot({ enum: Array.from({ length: 50 }, (_, i) => i) }, 20)).toBeUndefined();
  });
});

describe('DerivationCache', () => {
  /** A cache whose analysis counts its calls and reads the schema, so a stale result shows. */
  function counting(placeFree = true) {
    const calls: string[] = [];
    const cache = new DerivationCache(
      (schema: Record<string, unknown>, path) => {
        calls.push(path);
        return { path, text: JSON.stringify(schema) };
      },
      { isPlaceFree: () => placeFree },
    );
    return { cache, calls };
  }

  it('analyses a schema on its first two sightings, then reuses the analysis while it is unchanged', () => {
    const { cache, calls } = counting();
    const schema = sample();
    const results = [1, 2, 3, 4].map(() => cache.derive(schema, '/s'));
    expect(calls).toHaveLength(2);
    expect(results[3]).toBe(results[1]);
  });

  it('analyses again after an edit, and from then on on every call', () => {
    const { cache, calls } = counting();
    const schema = sample();
    for (let i = 0; i < 3; i++) cache.derive(schema, '/s');
    (schema.properties as any).name.type = 'number';
    const edited = cache.derive(schema, '/s');
    expect(edited.text).toBe(JSON.stringify(schema));
    cache.derive(schema, '/s');
    cache.derive(schema, '/s');
    expect(calls).toHaveLength(2 + 3);
  });

  it('reuses an analysis with pointers only at the place it was made', () => {
    const { cache, calls } = counting(false);
    const schema = sample();
    for (let i = 0; i < 3; i++) cache.derive(schema, '/a');
    expect(cache.derive(schema, '/b').path).toBe('/b');
    expect(cache.derive(schema, '/a').path).toBe('/a');
    expect(calls).toEqual(['/a', '/a', '/b']);
  });

  it('serves a place-free analysis at any place', () => {
    const { cache, calls } = counting(true);
    const schema = sample();
    for (let i = 0; i < 2; i++) cache.derive(schema, '/a');
    cache.derive(schema, '/b');
    expect(calls).toEqual(['/a', '/a']);
  });

  it('derives afresh when a caller edits an object the value handed out', () => {
    const calls: number[] = [];
    const cache = new DerivationCache((input: { n: number }) => {
      calls.push(input.n);
      return { request: { doubled: [input.n * 2] } };
    }, { watched: (value) => value.request });
    const input = { n: 1 };
    cache.derive(input);
    const kept = cache.derive(input);
    expect(cache.derive(input)).toBe(kept);
    kept.request.doubled.push(99);
    expect(cache.derive(input)).not.toBe(kept);
    expect(calls).toEqual([1, 1, 1]);
  });

  it('derives afresh on every call an input it cannot snapshot', () => {
    const { cache, calls } = counting();
    const sparse = { enum: [1, , 3] };
    for (let i = 0; i < 4; i++) cache.derive(sparse, '/s');
    expect(calls).toHaveLength(4);
  });

  it('keeps the last inputs seen twice, however many are seen once', () => {
    const { cache, calls } = counting();
    const first = sample();
    cache.derive(first, '/first');
    cache.derive(first, '/first');
    expect(cache.peek(first, '/first')).toBeDefined();
    // Inputs seen only once take no place among the kept ones...
    for (let i = 0; i < 100; i++) cache.derive(sample(), `/once/${i}`);
    expect(cache.peek(first, '/first')).toBeDefined();
    // ...but as many kept ones push the oldest out.
    for (let i = 0; i < 64; i++) {
      const other = sample();
      cache.derive(other, `/kept/${i}`);
      cache.derive(other, `/kept/${i}`);
    }
    expect(cache.peek(first, '/first')).toBeUndefined();
    calls.length = 0;
    cache.derive(first, '/first');
    // Forgotten: a first sighting again, so derived (and only noted).
    expect(calls).toEqual(['/first']);
  });
});

describe('linting a schema object edited in place between calls', () => {
  it('finds what a fresh copy of the edited request gives, in either direction', () => {
    const families = Object.values(mutations);
    fc.assert(
      fc.property(
        fc.tuple(validChatRequest(['gpt-4o']), strictValidSchema, fc.constantFrom<Placement>('response_format', 'tool'), fc.nat(families.length - 1), fc.boolean()).chain(([generated, schema, placement, family, breakIt]) =>
          families[family]!(schema).map((mutation) => ({ generated, schema, mutation, placement, breakIt })),
        ),
        ({ generated, schema, mutation, placement, breakIt }) => {
          const request = mutation.model === undefined ? generated.request : { ...generated.request, model: mutation.model };
          // Start from one of the two schemas and turn it into the other, keeping its objects.
          const [before, after] = breakIt ? [structuredClone(schema), mutation.schema] : [structuredClone(mutation.schema), schema];
          const placed = placeSchema(request, before, placement).request;
          expectEditInPlaceSeen(placed, { preset: 'all' }, () => morphInPlace(before, after));
        },
      )
    );
  });
});

/** Options LangChain maps differently, drops, routes to Responses or rejects, mixed into valid ones. */
const LANGCHAIN_EDITS: ReadonlyArray<Record<string, unknown>> = [
  { useResponsesApi: true },
  { maxTokens: 8 },
  { reasoningEffort: 'low' },
  { frequencyPenalty: 1 },
  { modelKwargs: { max_tokens: 5, store: 'yes' } },
  { temperature: 5 },
  { streaming: true, streamUsage: true },
  { stop: ['a', 'b', 'c', 'd', 'e'] },
  { tools: [{ type: 'web_search' }] },
  { strict: true, tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { type: 'string' } } } } }] },
  { tools: [{ type: 'function', function: { name: 'not a valid name!', parameters: { type: 'object', properties: {} } } }] },
];
const langchainOptions = fc
  .tuple(validLangChainOptions(), fc.subarray([...LANGCHAIN_EDITS]))
  .map(([generated, edits]) => Object.assign(structuredClone(generated.request) as Record<string, unknown>, ...edits.map((edit) => structuredClone(edit))));

describe('linting LangChain options edited in place between calls (their mapping and tool list are kept)', () => {
  it('finds what a fresh copy of the edited options gives', () => {
    fc.assert(
      fc.property(langchainOptions, langchainOptions, (options, second) => {
        expectEditInPlaceSeen(options, { api: 'langchain', preset: 'all' }, () => morphInPlace(options, second));
      })
    );
  });
});
