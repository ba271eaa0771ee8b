import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../src/dialects/index.js';

describe('auto-detection', () => {
  it('never calls supporting keys decisive, however many there are', () => {
    const manyLangChainHints = Object.fromEntries(['frequencyPenalty', 'presencePenalty', 'logitBias', 'topLogprobs', 'promptCacheKey', 'promptCacheRetention', 'supportsStrictToolCalling', 'useWebSocket', 'apiKey', 'openAIApiKey'].map((k) => [k, 1]));
    const detection = detectDialect(manyLangChainHints);
    expect(detection).toMatchObject({ kind: 'detected', decisive: false });
  });

  it('prefers a defining key over any number of supporting ones', () => {
    const detection = detectDialect({ input: 'hi', max_completion_tokens: 5, response_format: {}, modalities: [], audio: {}, n: 1 });
    expect(detection).toMatchObject({ kind: 'detected', decisive: true });
    expect(detection.kind === 'detected' && detection.dialect.id).toBe('responses');
  });

  it('reports a tie instead of guessing', () => {
    expect(detectDialect({ messages: [], input: 'hi' }).kind).toBe('ambiguous');
  });
});
