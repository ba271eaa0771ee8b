/**
 * Which schema errors keep rules off a part of the request. Rules read typed values, so a wrong type or
 * a missing key keeps them off the node that holds it (and the nodes above it); a value out of range,
 * too long or too short, or an unknown key beside it, leaves every type as the schema says and must
 * not hide the request's other findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { VIOLATIONS } from '../properties/violations/index.js';

const messages = [{ role: 'user', content: 'hi' }];
const ruleIds = (body: unknown, api?: 'chat.completions' | 'responses') => lint(body, api ? { api } : {}).diagnostics.map((d) => d.ruleId);

describe('schema errors and the rules', () => {
  it('a number out of range hides no other finding', () => {
    expect(ruleIds({ model: 'o3', messages, max_tokens: 100, tool_choice: 'auto', n: 0 })).toEqual(
      expect.arrayContaining(['schema/range', 'reasoning/no-max-tokens-on-reasoning-model', 'tools/no-tool-choice-without-tools']),
    );
    expect(ruleIds({ model: 'o3', input: 'hi', temperature: 0.5, max_output_tokens: 8 })).toEqual(
      expect.arrayContaining(['schema/range', 'sampling/no-unsupported-sampling-parameters']),
    );
  });

  it('an empty or too long list, or a word outside an enum, hides no other finding', () => {
    expect(ruleIds({ model: 'o3', messages: [], max_tokens: 1 })).toEqual(
      expect.arrayContaining(['schema/size', 'reasoning/no-max-tokens-on-reasoning-model']),
    );
    expect(ruleIds({ model: 'o3', messages, max_tokens: 1, stop: ['a', 'b', 'c', 'd', 'e'] })).toEqual(
      expect.arrayContaining(['schema/size', 'reasoning/no-max-tokens-on-reasoning-model']),
    );
    expect(ruleIds({ model: 'o3', messages, max_tokens: 1, reasoning_effort: 'hgih' })).toEqual(
      expect.arrayContaining(['schema/enum', 'reasoning/no-max-tokens-on-reasoning-model']),
    );
  });

  it('a wrong type keeps the rules off what they would misread', () => {
    // With `tools` a string, "the request has no tools" would be a false claim.
    expect(ruleIds({ model: 'gpt-4.1', messages, tools: 'search', tool_choice: 'auto' })).toEqual(['schema/type']);
    // A number where only words are allowed breaks the type, not just the choice.
    expect(ruleIds({ model: 'o3', messages, max_tokens: 1, reasoning_effort: 3 })).not.toContain(
      'reasoning/no-max-tokens-on-reasoning-model',
    );
  });

  it('a value too long in a key no rule reads changes no other finding (every rule violation)', () => {
    // `safety_identifier` (at most 64 characters) is read by no rule, except as the new home of `user`.
    const tooLong = { safety_identifier: 'x'.repeat(65) };
    fc.assert(
      fc.property(
        fc
          .oneof(...Object.values(VIOLATIONS))
          .filter((v) => v.api !== 'langchain' && !('safety_identifier' in v.request) && !('user' in v.request)),
        ({ request, api }) => {
          const linted = lint(request, api ? { api } : {});
          // A body whose API is not told (both `messages` and `input`) is not validated at all.
          fc.pre(linted.api !== undefined);
          const plain = linted.diagnostics.map((d) => `${d.ruleId} ${d.path}`);
          const withLongValue = lint({ ...request, ...tooLong }, api ? { api } : {}).diagnostics.map((d) => `${d.ruleId} ${d.path}`);
          expect(withLongValue).toEqual(expect.arrayContaining(plain));
          expect(withLongValue.filter((finding) => !plain.includes(finding))).toEqual(['schema/size /safety_identifier']);
        },
      ),
    );
  });
});
