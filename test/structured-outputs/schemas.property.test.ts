import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { validChatRequest } from '../support/valid-requests.js';
import { limitProfile } from '../../src/structured-outputs/subset.js';
import { placeSchema, propertyCount, strictValidSchema, type Placement } from './arbitraries.js';
import { mutations } from './mutations.js';

/**
 * The checker against generated schemas: strict-valid ones are never flagged by any structured-outputs
 * rule (under every profile and scope), and each single mutation is caught by exactly the rule it
 * breaks, at the mutated node, and by no other structured-outputs rule.
 */
const base = fc.tuple(
  validChatRequest(['gpt-4o', 'gpt-4.1-mini', 'o3', 'gpt-5']),
  strictValidSchema,
  fc.constantFrom<Placement>('response_format', 'tool'),
);
const ours = (ruleId: string) => ruleId.startsWith('structured-outputs/');

describe('strict-valid schemas', () => {
  it('are never flagged', () => {
    fc.assert(
      fc.property(base, fc.constantFrom('current', 'original'), ([{ request }, schema, placement], profile) => {
        // Within the profile's property budget (the only limit the generator can pass).
        fc.pre(profile === 'current' || propertyCount(schema) <= limitProfile('original').maxProperties);
        const placed = placeSchema(request, schema, placement);
        const rules = {
          'structured-outputs/max-nesting-depth': ['error', { profile }],
          'structured-outputs/max-schema-size': ['error', { profile, scope: 'request' }],
        } as const;
        const found = lint(placed.request, { preset: 'all', rules }).diagnostics.filter((d) => ours(d.ruleId));
        expect(found.map((d) => `${d.ruleId} @${d.path}: ${d.message}`)).toEqual([]);
      }),
    );
  });

  it('are never flagged when several share a request', () => {
    fc.assert(
      fc.property(
        validChatRequest(['gpt-4o']),
        fc.array(strictValidSchema, { minLength: 2, maxLength: 4 }),
        strictValidSchema,
        ({ request }, tools, format) => {
          const body = {
            ...placeSchema(request, format, 'response_format').request,
            tools: tools.map((parameters, i) => ({ type: 'function', function: { name: `tool_${i}`, strict: true, parameters } })),
            tool_choice: 'auto',
            parallel_tool_calls: false,
          };
          const found = lint(body, { preset: 'all' }).diagnostics.filter((d) => ours(d.ruleId));
          expect(found.map((d) => `${d.ruleId} @${d.path}`)).toEqual([]);
        },
      ),
    );
  });
});

describe('single mutations break exactly one rule, at the mutated node', () => {
  for (const [ruleId, mutate] of Object.entries(mutations)) {
    it(ruleId, () => {
      fc.assert(
        fc.property(
          base.chain(([generated, schema, placement]) => mutate(schema).map((mutation) => ({ generated, mutation, placement }))),
          ({ generated, mutation, placement }) => {
            const request = mutation.model === undefined ? generated.request : { ...generated.request, model: mutation.model };
            const placed = placeSchema(request, mutation.schema, placement);
            const found = lint(placed.request, { preset: 'all' }).diagnostics.filter((d) => ours(d.ruleId));
            expect([...new Set(found.map((d) => d.ruleId))]).toEqual([ruleId]);
            expect(found.map((d) => d.path)).toContain(placed.schemaPath + mutation.pointer);
          },
        ),
      );
    });
  }
});

describe('any JSON as a strict schema', () => {
  it('never makes a structured-outputs rule fail', () => {
    const schemaLike = fc.dictionary(
      fc.constantFrom(
        'type',
        'properties',
        'required',
        'items',
        'anyOf',
        'oneOf',
        '$ref',
        '$defs',
        'enum',
        'const',
        'format',
        'additionalProperties',
        'default',
        'x',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(validChatRequest(['gpt-4o']), schemaLike, ({ request }, schema) => {
        const { diagnostics } = lint(placeSchema(request, schema, 'response_format').request, { preset: 'all' });
        expect(diagnostics.filter((d) => d.ruleId === 'internal/rule-error').map((d) => d.message)).toEqual([]);
      }),
    );
  });
});

describe('the strict-valid generator', () => {
  it('covers the subset: recursion, definitions, unions, nullables, enums, const, formats, patterns, bounds', () => {
    const texts = fc.sample(strictValidSchema, { numRuns: 400, seed: 42 }).map((s) => JSON.stringify(s));
    const seen = (needle: string) => texts.some((t) => t.includes(needle));
    for (const needle of [
      '"$defs"',
      '"$ref":"#"',
      '"$ref":"#/$defs/node"',
      '"$ref":"#/$defs/entry"',
      '"anyOf"',
      '"null"]',
      '"enum"',
      '"const"',
      '"format"',
      '"pattern"',
      '"minimum"',
      '"exclusiveMinimum"',
      '"multipleOf"',
      '"minItems"',
      '"maxItems"',
      '"description"',
      '"title"',
      '"type":"array"',
    ]) {
      expect(seen(needle), needle).toBe(true);
    }
    // Nested objects: some schema has an object inside an object.
    expect(texts.some((t) => (t.match(/"type":"object"/g) ?? []).length >= 3)).toBe(true);
  });
});
