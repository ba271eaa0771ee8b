import { describe, expect, it } from 'vitest';
import { schemaImplies } from '../../src/dialects/langchain/schema-implies.js';

describe('schemaImplies (is every value the first schema accepts accepted by the second?)', () => {
  const wire = { type: ['number', 'null'], minimum: 0, maximum: 2, default: 1, description: 'Sampling temperature.' };

  it('holds for the same schema, and for a copy that only narrows `type` or changes annotations', () => {
    expect(schemaImplies(wire, wire)).toBe(true);
    expect(schemaImplies({ ...wire, type: 'number', description: 'Other words.' }, wire)).toBe(true);
    expect(schemaImplies({ type: 'integer', minimum: 0, maximum: 2 }, wire)).toBe(true);
  });

  it('fails when a constraint is missing, looser or different, or the type is wider or absent', () => {
    expect(schemaImplies({ type: 'number', minimum: 0 }, wire)).toBe(false);
    expect(schemaImplies({ type: 'number', minimum: 0, maximum: 3 }, wire)).toBe(false);
    expect(schemaImplies({ type: ['number', 'string'], minimum: 0, maximum: 2 }, wire)).toBe(false);
    expect(schemaImplies({ minimum: 0, maximum: 2 }, wire)).toBe(false);
    expect(schemaImplies({ type: 'string' }, { type: 'string', maxLength: 64 })).toBe(false);
  });

  it('lets one branch of an `anyOf` stand for the union, and compares `items` and `additionalProperties` as schemas', () => {
    const stop = { anyOf: [{ type: 'string' }, { type: 'array', maxItems: 4, items: { type: 'string', description: 'A stop sequence.' } }, { type: 'null' }] };
    expect(schemaImplies({ type: 'array', maxItems: 4, items: { type: 'string' } }, stop)).toBe(true);
    expect(schemaImplies({ type: 'array', items: { type: 'string' } }, stop)).toBe(false);
    expect(schemaImplies({ type: 'array', maxItems: 4, items: { type: 'number' } }, stop)).toBe(false);
    const map = { type: 'object', additionalProperties: { type: 'integer', minimum: -100, maximum: 100 } };
    expect(schemaImplies({ type: 'object', additionalProperties: { type: 'integer', minimum: -100, maximum: 100, description: 'A bias.' } }, map)).toBe(true);
    expect(schemaImplies({ type: 'object', additionalProperties: { type: 'integer' } }, map)).toBe(false);
  });

  it('never holds for non-schemas', () => {
    expect(schemaImplies(undefined, wire)).toBe(false);
    expect(schemaImplies(wire, undefined)).toBe(false);
  });
});
