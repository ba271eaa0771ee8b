/**
 * The ESLint plugin's promise about values it cannot see: no finding it reports depends on them.
 *
 * Requests that break a rule (every rule's violation generator) get some of their top-level values
 * replaced by unknowns, as a variable, a parameter or a call would be in code. Whatever concrete
 * values then take their place (another request's value for the key, the original, or any JSON),
 * as long as the request schema accepts them there (the user's SDK types would reject the rest), a
 * fresh lint of the concrete request finds every finding that was reported for the partial one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialectById } from '../../src/dialects/index.js';
import { lint } from '../../src/engine/lint.js';
import { validateDocument } from '../../src/engine/validate/validate-document.js';
import { isSchemaFinding, lintWithUnknowns, UnknownValue, within, type PartialJson } from '../../src/eslint-plugin/unknown-values.js';
import type { Diagnostic } from '../../src/types.js';
import { VIOLATIONS, type Violation } from '../properties/violations/index.js';

const jsonValue = () => fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);

const findingKey = (d: Diagnostic) => `${d.ruleId} ${d.path} ${d.target} ${d.message}`;

const anyViolation = fc.oneof(...Object.values(VIOLATIONS));

/** A violation, the keys made unknown, and what each unknown turns out to be. */
const scenario = fc.tuple(anyViolation, anyViolation).chain(([violation, donor]) => {
  const keys = Object.keys(violation.request);
  return fc.record({
    violation: fc.constant(violation),
    unknownKeys: fc.subarray(keys, { minLength: 1, maxLength: Math.min(3, keys.length) }),
    // The concrete value of each key: the original, another request's value for it, or any JSON.
    concrete: fc.tuple(
      ...keys.map((key) =>
        fc.oneof(
          { arbitrary: fc.constant(violation.request[key]), weight: 2 },
          { arbitrary: fc.constant(donor.request[key] ?? violation.request[key]), weight: 2 },
          { arbitrary: jsonValue(), weight: 1 },
        ),
      ),
    ),
  });
});

function partial(violation: Violation, unknownKeys: readonly string[]): PartialJson {
  const template: Record<string, PartialJson> = {};
  for (const [key, value] of Object.entries(violation.request))
    template[key] = unknownKeys.includes(key)
      ? new UnknownValue(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      : (value as PartialJson);
  return template;
}

describe('findings with unknown values', () => {
  it('never depend on what the unknowns are', () => {
    fc.assert(
      fc.property(scenario, ({ violation, unknownKeys, concrete }) => {
        const api = violation.api ?? 'chat.completions';
        const pointers = unknownKeys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        const request: Record<string, unknown> = { ...violation.request };
        Object.keys(violation.request).forEach((key, i) => {
          if (unknownKeys.includes(key)) request[key] = concrete[i];
        });
        const actual = lint(request, { api, preset: 'all' }).diagnostics;
        // Values the schema rejects where they are cannot be in well-typed code (whether a rule then
        // explains the rejection or not: an assistant message with an image part, say).
        const schemaIssues = validateDocument(dialectById(api)!, request);
        fc.pre(!schemaIssues.some((issue) => pointers.some((p) => within(issue.path, p))));
        fc.pre(!actual.some((d) => isSchemaFinding(d) && pointers.some((p) => within(d.path, p))));

        const kept = lintWithUnknowns(partial(violation, unknownKeys), { api, preset: 'all' });
        // Nothing is reported inside an unknown value (the key of a property holding one is fine).
        for (const d of kept)
          expect(
            pointers.some((p) => within(d.path, p) && !(d.target === 'key' && d.path === p)),
            findingKey(d),
          ).toBe(false);
        const found = new Set(actual.map(findingKey));
        for (const d of kept) expect(found.has(findingKey(d)), `${findingKey(d)} with ${JSON.stringify(request)}`).toBe(true);
      }),
    );
  });

  it('still reports what does not depend on them: `max_tokens` on o3 with unknown messages', () => {
    const kept = lintWithUnknowns({ model: 'o3', max_tokens: 500, messages: new UnknownValue('/messages') }, { api: 'chat.completions' });
    expect(kept.map((d) => [d.ruleId, d.path, d.fix])).toEqual([
      ['reasoning/no-max-tokens-on-reasoning-model', '/max_tokens', [{ op: 'move', from: '/max_tokens', path: '/max_completion_tokens' }]],
    ]);
  });

  it('says nothing about an unknown model, and nothing that depends on the model', () => {
    const kept = lintWithUnknowns(
      { model: new UnknownValue('/model'), max_tokens: 500, temperature: 0.2, messages: [{ role: 'user', content: 'Hi.' }] },
      { api: 'chat.completions', preset: 'all' },
    );
    expect(kept).toEqual([]);
  });

  it('keeps quiet about `max_tokens: n` on o3: `n` may be null, which the API takes as "not set"', () => {
    const kept = lintWithUnknowns(
      { model: 'o3', max_tokens: new UnknownValue('/max_tokens'), messages: [{ role: 'user', content: 'Hi.' }] },
      { api: 'chat.completions' },
    );
    expect(
      lint({ model: 'o3', max_tokens: null, messages: [{ role: 'user', content: 'Hi.' }] }, { api: 'chat.completions' }).diagnostics,
    ).toEqual([]);
    expect(kept).toEqual([]);
  });

  it('does not claim a request has no tools when its tool list is unknown', () => {
    const kept = lintWithUnknowns({ model: 'gpt-4.1', tools: new UnknownValue('/tools'), tool_choice: 'auto' }, { api: 'langchain' });
    expect(kept.filter((d) => d.ruleId === 'tools/no-tool-choice-without-tools')).toEqual([]);
  });
});
