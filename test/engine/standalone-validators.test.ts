import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { precompiledSchemas } from '../../src/engine/validate/precompiled-schemas.js';
import { standaloneValidatorSource } from '../../src/engine/validate/standalone.js';
import { AJV_OPTIONS, createAjv, validate } from '../../src/engine/validate/validator.js';
import { loadAjv } from '../../src/engine/validate/node-loader.js';
import { arbitraryFromSchema } from '../support/arbitrary-from-schema.js';
import { validChatRequest } from '../support/valid-requests.js';
import { VIOLATIONS } from '../properties/violations/index.js';

/**
 * The built package validates with ajv standalone code generated at build time
 * (`scripts/build-validators.ts`); tests and source runs compile at run time. Both must give the same
 * verdict and the same errors (error shaping reads `params`, `schemaPath`, `schema` and `parentSchema`),
 * or the package would lint differently from what the tests check.
 */

const schemas = Object.fromEntries(precompiledSchemas());

/** Loads the generated CommonJS module the way the engine does, resolving ajv's runtime helpers from here. */
function loadStandalone(source: string): ValidateFunction {
  const module = { exports: {} as unknown };
  const require = createRequire(import.meta.url);
  new Function('module', 'exports', 'require', source)(module, module.exports, require);
  return module.exports as ValidateFunction;
}

const standalone = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [name, loadStandalone(standaloneValidatorSource(schema))]),
);
const runtimeAjv = createAjv();
const runtime = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, runtimeAjv.compile(schema)]));

function outcome(validate: ValidateFunction, value: unknown): { valid: boolean; errors: unknown } {
  const valid = validate(value) as boolean;
  return { valid, errors: valid ? null : structuredClone(validate.errors) };
}

function expectSame(name: string, value: unknown): void {
  expect(outcome(standalone[name]!, value)).toEqual(outcome(runtime[name]!, value));
}

describe('build-time (standalone) validators', () => {
  it('generates a validator for every dialect schema', () => {
    expect(Object.keys(standalone).length).toBeGreaterThan(0);
    for (const validate of Object.values(standalone)) expect(typeof validate).toBe('function');
  });

  it('agree with run-time compilation on the example fixtures', () => {
    const dir = join(import.meta.dirname, '../../examples');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.jsonc?l?$/.test(file));
    const bodies = files.flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return file.endsWith('.jsonl')
        ? text
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as unknown)
        : [parseJsonc(text) as unknown];
    });
    expect(bodies.length).toBeGreaterThan(3);
    for (const name of Object.keys(schemas)) for (const body of bodies) expectSame(name, body);
  });

  it('agree with run-time compilation on valid, violating and arbitrary requests', () => {
    const requests = fc.oneof(
      validChatRequest().map((g) => g.request as unknown),
      fc.oneof(...Object.values(VIOLATIONS)).map((v) => v.request as unknown),
      fc.dictionary(
        fc.constantFrom(
          'model',
          'messages',
          'input',
          'tools',
          'tool_choice',
          'temperature',
          'response_format',
          'text',
          'reasoning',
          'stream',
        ),
        fc.jsonValue({ maxDepth: 3 }),
      ),
    );
    fc.assert(
      fc.property(requests, (request) => {
        for (const name of Object.keys(schemas)) expectSame(name, request);
      }),
    );
  });

  it("give each error the schema nodes that ajv's verbose mode would, found from its schemaPath", () => {
    // The generated code leaves out `verbose` (a quarter of its size); `validate` puts the nodes back.
    const { Ajv, formats } = loadAjv();
    const verboseAjv = new Ajv({ ...AJV_OPTIONS, verbose: true });
    formats(verboseAjv, { mode: 'fast' });
    const verbose = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, verboseAjv.compile(schema)]));
    const nodes = (errors: readonly { schemaPath: string; schema?: unknown; parentSchema?: unknown }[]) =>
      errors.map(({ schemaPath, schema, parentSchema }) => ({ schemaPath, schema, parentSchema }));
    let errorsSeen = 0;
    fc.assert(
      fc.property(
        fc.oneof(...Object.values(VIOLATIONS)).map((v) => v.request as unknown),
        (request) => {
          for (const [name, schema] of Object.entries(schemas)) {
            const expected = verbose[name]!(request) ? [] : verbose[name]!.errors!;
            errorsSeen += expected.length;
            expect(nodes(validate(schema, request, name))).toEqual(nodes(expected));
          }
        },
      ),
    );
    expect(errorsSeen).toBeGreaterThan(100);
  });

  it('agree with run-time compilation on values generated from each schema', () => {
    // The config's `[severity]` / `[severity, options]` rule settings are tuples, which the generic
    // generator leaves to the caller.
    const severity = fc.constantFrom('off', 'info', 'warning', 'error');
    const ruleSetting = { '/anyOf/1': fc.tuple(severity), '/anyOf/2': fc.tuple(severity, fc.object()) };
    const overrides: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
      config: Object.fromEntries(
        ['/properties/rules/additionalProperties', '/properties/overrides/items/properties/rules/additionalProperties'].flatMap((base) =>
          Object.entries(ruleSetting).map(([branch, arbitrary]) => [base + branch, arbitrary]),
        ),
      ),
    };
    for (const [name, schema] of Object.entries(schemas)) {
      fc.assert(fc.property(arbitraryFromSchema(schema, { overrides: overrides[name] ?? {} }), (value) => expectSame(name, value)));
    }
  });
});
