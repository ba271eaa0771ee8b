import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../src/dialects/index.js';
import { lint } from '../../src/engine/lint.js';

describe('api: auto follows the README', () => {
  it('detects LangChain spellings, even with keys Responses also has', () => {
    const options = { model: 'gpt-5', verbosity: 'low', promptCacheKey: 'docs', service_tier: 'flex', reasoning: { effort: 'low' } };
    const detection = detectDialect(options);
    expect(detection.kind === 'detected' && detection.dialect.id).toBe('langchain');
    expect(lint(options, {}).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    for (const key of ['frequencyPenalty', 'topLogprobs', 'promptCacheRetention']) {
      const found = detectDialect({ model: 'gpt-4.1', [key]: key === 'promptCacheRetention' ? '24h' : 1 });
      expect(found.kind === 'detected' && found.dialect.id).toBe('langchain');
    }
  });

  it('a body that fits no API gets one finding naming the candidates and how to choose', () => {
    const found = lint({ model: 'gpt-4.1', temperature: 0.2 }, {}).diagnostics;
    expect(found.map((d) => d.ruleId)).toEqual(['dialect/unknown']);
    expect(found[0]!.message).toMatch(/Chat Completions needs `messages`, Responses `input`/);
    expect(found[0]!.message).toContain('--api');
    expect(found[0]!.message).not.toMatch(/missing/i);
  });

  it('an ambiguous body names both candidates and how to choose', () => {
    const found = lint({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], input: 'hi' }, {}).diagnostics;
    expect(found.map((d) => d.ruleId)).toEqual(['dialect/unknown']);
    expect(found[0]!.message).toMatch(/Chat Completions .* or Responses/);
    expect(found[0]!.message).toContain('`api` in the config');
  });
});
