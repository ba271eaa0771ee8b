/**
 * The comparison itself, on a tiny fake spec: it must find each kind of difference (so the real
 * conformance test can fail), treat equivalent spellings as equal, and honour exceptions.
 */
import { describe, expect, it } from 'vitest';
import type { ConformanceException } from '../../schemas/conformance-exceptions.js';
import { compareWithSpec, describeMismatch, formatCompareReport, type OpenApiDocument } from './compare-with-spec.js';

/** A miniature OpenAPI document using the spellings the real spec uses: $ref, allOf, nullable, anyOf-null. */
const fakeSpec: OpenApiDocument = {
  components: {
    schemas: {
      Request: {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          {
            type: 'object',
            properties: {
              model: { type: 'string' },
              count: { type: 'integer', minimum: 1, maximum: 8, default: 1, nullable: true },
              tier: { anyOf: [{ type: 'string', enum: ['auto', 'flex'], default: 'auto' }, { type: 'null' }] },
              old: { type: 'integer', deprecated: true },
              item: { $ref: '#/components/schemas/Item' },
              labels: { type: 'object', additionalProperties: { type: 'string' } },
              params: { type: 'object', additionalProperties: true },
            },
            required: ['model'],
          },
        ],
      },
      Base: {
        type: 'object',
        properties: {
          // Redeclared as nullable in Request: the later declaration wins, as in the SDK generators.
          count: { type: 'integer' },
          user: { type: 'string' },
        },
      },
      Item: {
        oneOf: [{ $ref: '#/components/schemas/TextItem' }, { $ref: '#/components/schemas/ImageItem' }],
        discriminator: { propertyName: 'type' },
      },
      TextItem: {
        type: 'object',
        properties: { type: { type: 'string', enum: ['text'] }, text: { type: 'string' } },
        required: ['type', 'text'],
      },
      ImageItem: {
        type: 'object',
        properties: { type: { type: 'string', enum: ['image'] }, url: { type: 'string', format: 'uri' } },
        required: ['type', 'url'],
      },
    },
  },
};

/** Our schema, spelled differently from the spec but meaning the same. */
const conforming = {
  type: 'object',
  properties: {
    model: { type: 'string' },
    user: { type: 'string' },
    count: { type: ['integer', 'null'], minimum: 1, maximum: 8, default: 1 },
    tier: { type: ['string', 'null'], enum: ['auto', 'flex', null], default: 'auto' },
    old: { type: 'integer', deprecated: true },
    item: {
      type: 'object',
      discriminator: { propertyName: 'type' },
      oneOf: [
        {
          type: 'object',
          properties: { type: { const: 'text' }, text: { type: 'string' } },
          required: ['type', 'text'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: { type: { const: 'image' }, url: { type: 'string', format: 'uri' } },
          required: ['type', 'url'],
          additionalProperties: false,
        },
      ],
    },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    params: { type: 'object' },
  },
  required: ['model'],
  additionalProperties: false,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach deep into schemas of any shape
type Mutable = { [key: string]: any };

function mutated(change: (schema: Mutable) => void): object {
  const copy = structuredClone(conforming) as Mutable;
  change(copy);
  return copy;
}

function differences(ours: object, exceptions: ConformanceException[] = []): string[] {
  return compareWithSpec({ spec: fakeSpec, specSchema: 'Request', ours, exceptions }).mismatches.map(describeMismatch);
}

describe('compareWithSpec', () => {
  it('treats different spellings of the same schema as equal', () => {
    expect(differences(conforming)).toEqual([]);
  });

  it.each<[string, (s: Mutable) => void, string]>([
    ['a missing property', (s) => delete s.properties.user, '[missing-property] user: spec has it, ours lacks it'],
    ['an extra property', (s) => (s.properties.extra = { type: 'string' }), '[extra-property] extra: spec lacks it, ours has it'],
    ['a property no longer required', (s) => (s.required = []), '[missing-required] model: spec required, ours optional'],
    ['a missing null type', (s) => (s.properties.count.type = 'integer'), '[type] count: spec integer | null, ours integer'],
    [
      'number instead of integer',
      (s) => (s.properties.count.type = ['number', 'null']),
      '[type] count: spec integer | null, ours number | null',
    ],
    [
      'a missing enum value',
      (s) => (s.properties.tier.enum = ['auto', null]),
      '[missing-enum-value] tier ("flex"): spec has it, ours lacks it',
    ],
    [
      'an extra enum value',
      (s) => (s.properties.tier.enum = ['auto', 'flex', 'fast', null]),
      '[extra-enum-value] tier ("fast"): spec lacks it, ours has it',
    ],
    ['a changed maximum', (s) => (s.properties.count.maximum = 4), '[constraint] count (maximum): spec 8, ours 4'],
    [
      'a dropped format',
      (s) => delete s.properties.item.oneOf[1].properties.url.format,
      '[constraint] item{type=image}.url (format): spec "uri", ours none',
    ],
    ['a missing branch', (s) => s.properties.item.oneOf.pop(), '[missing-variant] item (image): spec has type=image, ours lacks it'],
    [
      'a nested missing property',
      (s) => delete s.properties.item.oneOf[0].properties.text,
      '[missing-property] item{type=text}.text: spec has it, ours lacks it',
    ],
    ['a dropped deprecation', (s) => delete s.properties.old.deprecated, '[deprecated] old: spec true, ours false'],
    ['a changed default', (s) => (s.properties.count.default = 2), '[default] count: spec 1, ours 2'],
    [
      'an object left open',
      (s) => delete s.additionalProperties,
      '[additional-properties] (root): spec closed (our policy), ours any keys',
    ],
    [
      'a map closed',
      (s) => (s.properties.labels.additionalProperties = false),
      '[additional-properties] labels: spec a map of typed values, ours closed',
    ],
    [
      'a wrong map value type',
      (s) => (s.properties.labels.additionalProperties = { type: 'integer' }),
      '[type] labels.*: spec string, ours integer',
    ],
    [
      'an open object closed',
      (s) => (s.properties.params.additionalProperties = false),
      '[additional-properties] params: spec any keys, ours closed',
    ],
  ])('reports %s', (_name, change, expected) => {
    expect(differences(mutated(change))).toEqual([expected]);
  });

  it('lists every mismatch at once, each with its path', () => {
    const ours = mutated((s) => {
      delete s.properties.user;
      s.properties.count.maximum = 4;
      s.properties.item.oneOf[0].properties.text.type = 'number';
    });
    const result = compareWithSpec({ spec: fakeSpec, specSchema: 'Request', ours });
    expect(formatCompareReport(result, 'Request')).toBe(
      [
        "3 difference(s) between our schema and the spec's Request:",
        '  - [constraint] count (maximum): spec 8, ours 4',
        '  - [missing-property] user: spec has it, ours lacks it',
        '  - [type] item{type=text}.text: spec string, ours number',
        'Fix the schema, or add an entry with a reason to schemas/conformance-exceptions.ts.',
      ].join('\n'),
    );
  });

  it('excuses a documented difference and reports exceptions that match nothing', () => {
    const ours = mutated((s) => (s.properties.count.maximum = 4));
    const used: ConformanceException = {
      specSchema: 'Request',
      path: 'count',
      kind: 'constraint',
      keyword: 'maximum',
      reason: 'the test says so',
    };
    const stale: ConformanceException = { specSchema: 'Request', path: 'gone', kind: 'missing-property', reason: 'was needed once' };
    const otherSchema: ConformanceException = { specSchema: 'Other', path: 'x', kind: 'type', reason: 'not about this schema' };
    const result = compareWithSpec({ spec: fakeSpec, specSchema: 'Request', ours, exceptions: [used, stale, otherSchema] });
    expect(result.mismatches).toEqual([]);
    expect(result.excused.map((e) => e.exception)).toEqual([used]);
    expect(result.unusedExceptions).toEqual([stale]);
    expect(formatCompareReport(result, 'Request')).toContain('[missing-property] gone');
  });

  it('does not let an exception for one keyword excuse another', () => {
    const ours = mutated((s) => (s.properties.count.minimum = 0));
    const wrongKeyword: ConformanceException = {
      specSchema: 'Request',
      path: 'count',
      kind: 'constraint',
      keyword: 'maximum',
      reason: 'covers maximum only',
    };
    expect(differences(ours, [wrongKeyword])).toEqual(['[constraint] count (minimum): spec 1, ours 0']);
  });

  it('fails clearly on an unknown spec schema', () => {
    expect(() => compareWithSpec({ spec: fakeSpec, specSchema: 'Nope', ours: conforming })).toThrow(/no schema named Nope/);
  });
});
