import { describe, expect, it } from 'vitest';
import { detectDialect, DIALECTS } from '../../src/dialects/index.js';

describe('auto-detection', () => {
  it('never calls supporting keys decisive, however many there are', () => {
    // Chat-only keys without `messages`: evidence, not proof (camelCase keys are LangChain's proof: see test/knowledge/auto-detection.test.ts).
    const manyChatHints = { max_completion_tokens: 5, modalities: ['text'], n: 1, logit_bias: {}, frequency_penalty: 0 };
    const detection = detectDialect(manyChatHints);
    expect(detection).toMatchObject({ kind: 'detected', decisive: false });
  });

  it('prefers a defining key over any number of supporting ones', () => {
    const detection = detectDialect({ input: 'hi', max_completion_tokens: 5, response_format: {}, modalities: [], audio: {}, n: 1 });
    expect(detection).toMatchObject({ kind: 'detected', decisive: true });
    expect(detection.kind === 'detected' && detection.dialect.id).toBe('responses');
  });

  it('tells every dialect by each of its defining keys, and no key defines two dialects', () => {
    const owners = new Map<string, string[]>();
    for (const dialect of DIALECTS) for (const key of dialect.evidence.decisive) owners.set(key, [...(owners.get(key) ?? []), dialect.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
    for (const dialect of DIALECTS)
      for (const key of dialect.evidence.decisive) {
        const detection = detectDialect({ [key]: 1 });
        expect(detection.kind === 'detected' && detection.dialect.id, key).toBe(dialect.id);
      }
  });

  it('takes every camelCase option of the LangChain schema as proof, the Azure client settings included', () => {
    const langchain = DIALECTS.find((dialect) => dialect.id === 'langchain')!;
    const camelCase = Object.keys((langchain.schema as { properties: object }).properties).filter((key) => /[A-Z]/.test(key));
    expect(camelCase).toEqual(expect.arrayContaining(['azureADTokenProvider', 'azureOpenAIBasePath', 'maxRetries']));
    for (const key of camelCase) expect(langchain.evidence.decisive, key).toContain(key);
    const detection = detectDialect({ model: 'gpt-4o', azureOpenAIBasePath: 'https://x.openai.azure.com/openai/deployments' });
    expect(detection).toMatchObject({ kind: 'detected', decisive: true, dialect: { id: 'langchain' } });
  });

  it('reports a tie instead of guessing', () => {
    expect(detectDialect({ messages: [], input: 'hi' }).kind).toBe('ambiguous');
  });
});
