/**
 * The schema-driven arbitrary generates only values our own ajv setup accepts, for the whole
 * request and its main parts, and its options (overrides, omit, skipDeprecated) do what they say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chatCompletionRequestSchema,
  chatMessageSchema,
  chatResponseFormatSchema,
  chatToolChoiceSchema,
  chatToolSchema,
  functionNamePattern,
} from '../../schemas/index.js';
import { arbitraryFromSchema } from '../support/arbitrary-from-schema.js';
import { createSchemaAjv } from './create-ajv.js';
import { walkSchema } from './schema-walk.js';

const ajv = createSchemaAjv();

function assertAllValid(schema: object, options?: Parameters<typeof arbitraryFromSchema>[1]): void {
  const validate = ajv.compile(schema);
  fc.assert(
    fc.property(arbitraryFromSchema(schema, options), (value) => {
      if (!validate(value)) throw new Error(`Generated an invalid value: ${ajv.errorsText(validate.errors)}`);
    }),
  );
}

describe('arbitraryFromSchema', () => {
  it('generates only valid Chat Completions requests', () => {
    assertAllValid(chatCompletionRequestSchema);
  });

  it.each([
    ['chatMessageSchema', chatMessageSchema],
    ['chatToolSchema', chatToolSchema],
    ['chatToolChoiceSchema', chatToolChoiceSchema],
    ['chatResponseFormatSchema', chatResponseFormatSchema],
  ])('generates only valid values for %s', (_name, schema) => {
    assertAllValid(schema);
  });

  it('reaches every message role and sometimes leaves optional keys out', () => {
    const requests = fc.sample(arbitraryFromSchema(chatCompletionRequestSchema), { numRuns: 300, seed: 42 }) as Array<
      Record<string, unknown>
    >;
    const roles = new Set(requests.flatMap((r) => (r['messages'] as Array<{ role: string }>).map((m) => m.role)));
    expect([...roles].sort()).toEqual(['assistant', 'developer', 'function', 'system', 'tool', 'user']);
    expect(requests.some((r) => 'temperature' in r)).toBe(true);
    expect(requests.some((r) => !('temperature' in r))).toBe(true);
  });

  it('respects the function-name pattern and length', () => {
    const names = fc.sample(arbitraryFromSchema(chatToolSchema), { numRuns: 200, seed: 7 }).flatMap((tool) => {
      const t = tool as { type: string; function?: { name: string } };
      return t.type === 'function' && t.function !== undefined ? [t.function.name] : [];
    });
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(new RegExp(functionNamePattern, 'u'));
      expect(name.length).toBeLessThanOrEqual(64);
    }
  });

  it('uses overrides given by JSON Pointer into the schema', () => {
    const models = ['gpt-4o', 'o3'] as const;
    const arbitrary = arbitraryFromSchema(chatCompletionRequestSchema, {
      overrides: {
        '/properties/model': fc.constantFrom(...models),
        '/properties/temperature': fc.constant(0.5),
      },
    });
    fc.assert(
      fc.property(arbitrary, (value) => {
        const request = value as { model: string; temperature?: number };
        expect(models).toContain(request.model);
        if ('temperature' in request) expect(request.temperature).toBe(0.5);
      }),
    );
  });

  it('omits listed properties and, on request, everything deprecated', () => {
    const deprecatedPointers = [...walkSchema(chatCompletionRequestSchema)]
      .filter(({ node }) => node['deprecated'] === true)
      .map(({ pointer }) => pointer);
    expect(deprecatedPointers).toContain('/properties/max_tokens');
    const arbitrary = arbitraryFromSchema(chatCompletionRequestSchema, { skipDeprecated: true, omit: ['/properties/stream_options'] });
    fc.assert(
      fc.property(arbitrary, (value) => {
        const request = value as Record<string, unknown>;
        for (const key of ['max_tokens', 'seed', 'user', 'functions', 'function_call', 'prompt_cache_retention', 'stream_options']) {
          expect(request).not.toHaveProperty(key);
        }
        const messages = request['messages'] as Array<Record<string, unknown>>;
        expect(messages.some((m) => m['role'] === 'function' || 'function_call' in m)).toBe(false);
      }),
    );
  });

  it('refuses what it cannot generate correctly instead of producing invalid values', () => {
    expect(() => arbitraryFromSchema({ oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] })).toThrow(/no discriminator/);
    expect(() => arbitraryFromSchema({ type: 'string', format: 'hostname' })).toThrow(/format 'hostname'/);
    expect(() => arbitraryFromSchema({ type: 'number', multipleOf: 0.5 })).toThrow(/multipleOf/);
    // …but an override for that pointer makes it usable.
    expect(() =>
      arbitraryFromSchema({ type: 'string', format: 'hostname' }, { overrides: { '': fc.constant('example.com') } }),
    ).not.toThrow();
  });
});
