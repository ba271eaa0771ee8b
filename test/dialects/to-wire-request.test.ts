import { describe, expect, it } from 'vitest';
import { toWireRequest } from '../../src/index.js';

describe('toWireRequest (public)', () => {
  it('returns the API LangChain picks and the body it sends, without messages', () => {
    expect(toWireRequest({ model: 'gpt-4o', maxTokens: 200, stopSequences: ['END'], apiKey: 'sk-test' }, { api: 'langchain' })).toEqual({
      api: 'chat.completions',
      request: { model: 'gpt-4o', max_tokens: 200, stop: ['END'] },
    });
    expect(toWireRequest({ model: 'gpt-5.2-pro', reasoning: { effort: 'high' } }, { api: 'langchain' })).toEqual({
      api: 'responses',
      request: { model: 'gpt-5.2-pro', reasoning: { effort: 'high' }, text: {} },
    });
  });

  it('hands back a copy: editing it never changes the options', () => {
    const options = { model: 'gpt-4o', tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }] };
    const { request } = toWireRequest(options, { api: 'langchain' });
    (request.tools as Array<Record<string, unknown>>)[0]!.type = 'changed';
    expect(options.tools[0]!.type).toBe('function');
  });

  it('says what is wrong with a call it cannot serve', () => {
    expect(() => toWireRequest(null as never, { api: 'langchain' })).toThrow(/must be an object, not null/);
    expect(() => toWireRequest({}, { api: 'responses' as never })).toThrow(/must be 'langchain'/);
  });
});
