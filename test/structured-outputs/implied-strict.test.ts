import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';

/**
 * Responses function tools without `strict` are strict only by default: the API falls back to
 * non-strict when the schema is outside the subset (api-facts §4.1), so the strict-mode rules must not
 * report errors there, while an explicit `strict: true` is checked as on Chat Completions.
 */
const tool = (strict: boolean | undefined) => ({
  model: 'gpt-4.1',
  input: 'Go.',
  tools: [
    {
      type: 'function',
      name: 'f',
      parameters: { type: 'object', properties: { a: { oneOf: [{ type: 'string' }] } }, required: ['a'], additionalProperties: false },
      ...(strict === undefined ? {} : { strict }),
    },
  ],
});
const ours = (body: object) =>
  lint(body, { api: 'responses', preset: 'all' })
    .diagnostics.filter((d) => d.ruleId.startsWith('structured-outputs/'))
    .map((d) => `${d.ruleId} @${d.path}`);

describe('Responses function tools', () => {
  it('with `strict: true` are checked at the exact node', () => {
    expect(ours(tool(true))).toEqual(['structured-outputs/no-unsupported-keywords @/tools/0/parameters/properties/a/oneOf']);
  });
  it('without `strict` are not reported as rejected (the API falls back)', () => {
    expect(ours(tool(undefined))).toEqual([]);
  });
  it('with `strict: false` are not checked', () => {
    expect(ours(tool(false))).toEqual([]);
  });
  it('text.format with `strict: true` is checked too', () => {
    const body = {
      model: 'gpt-4.1',
      input: 'Go.',
      text: {
        format: {
          type: 'json_schema',
          name: 'r',
          strict: true,
          schema: { type: 'object', properties: { a: { type: 'string' } }, required: [] },
        },
      },
    };
    expect(ours(body).sort()).toEqual([
      'structured-outputs/require-additional-properties-false @/text/format/schema',
      'structured-outputs/require-all-properties-required @/text/format/schema/properties/a',
    ]);
  });
});
