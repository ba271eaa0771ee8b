import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';

const messages = [{ role: 'user', content: 'hi' }];
const rule = 'sampling/no-unsupported-sampling-parameters';

describe('facts settled from the sources (api-facts §3.2)', () => {
  it('o3 and o4-mini reject top_p, on Chat and Responses', () => {
    for (const model of ['o3', 'o4-mini', 'o3-mini', 'o3-pro']) {
      expect(
        lint({ model, messages, top_p: 0.5 }, {})
          .diagnostics.filter((d) => d.ruleId === rule)
          .map((d) => d.path),
      ).toEqual(['/top_p']);
    }
    expect(
      lint({ model: 'o3', input: 'hi', top_p: 0.5 }, {})
        .diagnostics.filter((d) => d.ruleId === rule)
        .map((d) => d.path),
    ).toEqual(['/top_p']);
  });

  it('gpt-5.x models without effort none take temperature 1 only and no logprobs', () => {
    expect(lint({ model: 'gpt-5.1-codex', input: 'hi', temperature: 1 }, {}).diagnostics.filter((d) => d.ruleId === rule)).toEqual([]);
    expect(
      lint({ model: 'gpt-5.2-pro', input: 'hi', temperature: 0.2 }, {})
        .diagnostics.filter((d) => d.ruleId === rule)
        .map((d) => d.path),
    ).toEqual(['/temperature']);
  });
});
