import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { allEntries, analyze } from '../../src/structured-outputs/analyze.js';
import { measureDetails } from '../../src/structured-outputs/measure.js';

/**
 * A strict schema over a size limit is known to be over once a running total passes the most any
 * limits profile allows (5,000 properties, 120,000 characters, 1,000 enum values in the current
 * profile, the larger one): the walk stops there, so a huge schema costs what one just over the limit
 * does. The figures below are the current profile's limits, written out (api-facts §4.5).
 */
const MOST_PROPERTIES = 5000;
const MOST_STRING_LENGTH = 120_000;

const closed = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const manyProperties = (count: number) =>
  closed(Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, { type: 'string' }])));
const request = (schema: Record<string, unknown>) => ({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Go.' }],
  response_format: { type: 'json_schema', json_schema: { name: 'r', strict: true, schema } },
});

describe('the strict-schema walk stops once a limit verdict is known', () => {
  it('counts and lists no property past the one that passes the largest property limit', () => {
    const schema = manyProperties(20_000);
    const analysis = analyze(schema, '');
    expect(analysis.truncated).toBe(true);
    expect(analysis.size.properties).toBe(MOST_PROPERTIES + 1);
    // An object's property names are counted before its subschemas are visited (the order in which the
    // crossing is found and reported), so the walk ends at the root.
    expect(allEntries(schema, '').map((entry) => entry.path)).toEqual(['']);
    const details = measureDetails(schema, '');
    expect(details.properties.length).toBe(MOST_PROPERTIES + 1);
    expect(details.properties.at(-1)!.path).toBe(`/properties/p${MOST_PROPERTIES}`);
  });

  it('reads no subschema after that point (a getter there would be a walk past the verdict)', () => {
    const schema = manyProperties(MOST_PROPERTIES + 10);
    let reads = 0;
    const properties = schema.properties as Record<string, unknown>;
    Object.defineProperty(properties, `p${MOST_PROPERTIES + 5}`, {
      enumerable: true,
      get: () => {
        reads++;
        return { type: 'string' };
      },
    });
    analyze(schema, '');
    allEntries(schema, '');
    measureDetails(schema, '');
    expect(reads).toBe(0);
  });

  it('measures a huge enum only until the string budget passes its ceiling', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => `v${i}`);
    let reads = 0;
    const counted = new Proxy(values, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const schema = closed({ e: { type: 'string', enum: counted } });
    const analysis = analyze(schema, '');
    expect(analysis.truncated).toBe(true);
    expect(analysis.size.stringLength).toBeGreaterThan(MOST_STRING_LENGTH);
    // Each value is at least 2 characters: the ceiling is passed within 60,001 values.
    expect(reads).toBeLessThanOrEqual(MOST_STRING_LENGTH / 2 + 1);
  });

  it('reports the limit once, at the crossing, and says the total is a lower bound', () => {
    const found = lint(request(manyProperties(20_000))).diagnostics.filter((d) => d.ruleId === 'structured-outputs/max-schema-size');
    expect(found.map((d) => d.path)).toEqual([`/response_format/json_schema/schema/properties/p${MOST_PROPERTIES}`]);
    expect(found[0]!.message).toContain('at least 5,001 object properties, over the limit of 5,000');
  });

  it('says it stopped when it stops at the subschema limit, which no size budget counts', () => {
    // 150,000 bare branches: no property, string or enum total grows, so only the visit limit stops the walk.
    const analysis = analyze({ anyOf: Array.from({ length: 150_000 }, () => ({ type: 'string' })) }, '');
    expect(analysis.truncated).toBe(true);
    expect(analysis.size.properties).toBe(0);
  });

  it('keeps exact totals and every finding for a schema within the ceilings', () => {
    // Over the original profile's 100 properties, far under the current 5,000: the walk sees it all.
    const schema = manyProperties(150);
    const analysis = analyze(schema, '');
    expect(analysis.truncated).toBe(false);
    expect(analysis.size.properties).toBe(150);
    const found = lint(request(schema), {
      rules: { 'structured-outputs/max-schema-size': ['error', { profile: 'original' }] },
    }).diagnostics;
    expect(found.map((d) => d.message)).toContainEqual(expect.stringContaining('to 150 object properties, over the limit of 100'));
  });
});

describe('rules that list the members of a huge node stop where the walk stopped', () => {
  const optional = (count: number) => ({
    type: 'object',
    properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, { type: 'string' }])),
    required: [] as string[],
    additionalProperties: false,
  });

  it('reports no optional property past the crossing of an over-limit schema', () => {
    const found = lint(request(optional(20_000))).diagnostics.filter(
      (d) => d.ruleId === 'structured-outputs/require-all-properties-required',
    );
    expect(found).toHaveLength(MOST_PROPERTIES + 1);
    expect(found.at(-1)!.path).toBe(`/response_format/json_schema/schema/properties/p${MOST_PROPERTIES}`);
  });

  it('reports no unknown required name past that point either', () => {
    const schema = { ...closed({ a: { type: 'string' } }), required: Array.from({ length: 20_000 }, (_, i) => `r${i}`) };
    const huge = { ...schema, properties: { ...optional(MOST_PROPERTIES + 1).properties } };
    const found = lint(request(huge)).diagnostics.filter((d) => d.ruleId === 'structured-outputs/no-unknown-required');
    expect(found).toHaveLength(MOST_PROPERTIES + 1);
  });

  it('reports every one in a schema within the limits', () => {
    const found = lint(request(optional(300))).diagnostics.filter((d) => d.ruleId === 'structured-outputs/require-all-properties-required');
    expect(found).toHaveLength(300);
  });
});
