import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { lintJsonLines } from '../../src/jsonl/index.js';
import { defaultModelRegistry } from '../../src/models/registry.js';

const RULE = 'models/no-output-tokens-over-limit';

describe('output token limits across front-ends', () => {
  it('names LangChain users their own key, maxTokens', () => {
    const found = lint({ model: 'gpt-4o', maxTokens: 100000 }, { api: 'langchain' }).diagnostics.filter((d) => d.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('`maxTokens` is 100000');
    expect(found[0]!.message).toContain('16384');
  });

  it('checks Batch bodies, on the line that sets the cap', () => {
    const ok = JSON.stringify({
      custom_id: 'a',
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'gpt-4o', max_tokens: 1000, messages: [{ role: 'user', content: 'hi' }] },
    });
    const over = JSON.stringify({
      custom_id: 'b',
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'gpt-4o', max_tokens: 100000, messages: [{ role: 'user', content: 'hi' }] },
    });
    const found = lintJsonLines([ok, over].join('\n'), {}).filter((d) => d.ruleId === RULE);
    expect(found.map((d) => [d.line, d.path])).toEqual([[2, '/body/max_tokens']]);
  });

  it('every limit in the registry names a source in the sources table and a check date', () => {
    const withLimits = ['gpt-4o', 'gpt-4.1', 'o3', 'gpt-5'].map((id) => defaultModelRegistry.resolve(id)!);
    for (const model of withLimits) {
      expect(model.limits?.maxOutputTokens).toBeGreaterThan(0);
      expect(model.limits?.source.url).toMatch(/^https:/);
      expect(model.limits?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Grouped ids of which one is missing from the source keep `null`: no guessed limit.
    expect(defaultModelRegistry.resolve('gpt-5.1-mini')!.limits ?? null).toBeNull();
  });
});
