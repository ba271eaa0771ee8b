import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { placeSchema, type Placement } from './arbitraries.js';

/**
 * Schemas as real generators emit them (zod-to-json-schema, zod 4, pydantic, the OpenAI SDK helpers),
 * one fixture per file with a comment naming the generator and version it imitates. Each is sent with
 * `strict: true`, as a response format and as a function tool, and exactly the listed findings of the
 * structured-outputs rules must appear, at the listed nodes.
 */
const dir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.jsonc'));
const base = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Go.' }] };

describe('schemas from real generators', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));

  for (const file of fixtures) {
    const fixture = parse(readFileSync(new URL(file, dir), 'utf8')) as {
      schema: Record<string, unknown>;
      expected: Array<[string, string]>;
    };
    for (const placement of ['response_format', 'tool'] as Placement[]) {
      it(`${file} as ${placement}`, () => {
        const { request, schemaPath } = placeSchema(base, fixture.schema, placement);
        const found = lint(request, { preset: 'all' }).diagnostics.filter((d) => d.ruleId.startsWith('structured-outputs/'));
        const key = ([rule, path]: [string, string]) => `${rule} @${path}`;
        expect(found.map((d) => key([d.ruleId, d.path])).sort()).toEqual(
          fixture.expected.map(([rule, pointer]) => key([rule, schemaPath + pointer])).sort(),
        );
      });
    }
  }
});
