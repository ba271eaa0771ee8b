import { createOpenAI, type OpenAIProviderSettings } from '@ai-sdk/openai';
import { generateText, streamText } from 'ai';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { reqlintFetch, requestLintErrorOf, type GuardReport } from '../../src/index.js';
import { fakeFetch } from './fake-fetch.js';

describe('reqlintFetch under the Vercel AI SDK', () => {
  it("fits the provider's fetch option (checked by tsc)", () => {
    expectTypeOf(reqlintFetch()).toExtend<NonNullable<OpenAIProviderSettings['fetch']>>();
    expect(typeof createOpenAI({ apiKey: 'sk-test', fetch: reqlintFetch() }).chat).toBe('function');
  });

  it('stops a bad Chat Completions call before it is sent, without retries', async () => {
    const network = fakeFetch();
    const openai = createOpenAI({ apiKey: 'sk-test', fetch: reqlintFetch(network.fetch, { logger: false }) });
    const error = await generateText({
      model: openai.chat('gpt-4o'),
      prompt: 'Hello',
      providerOptions: { openai: { metadata: { team: 'search' } } },
      maxRetries: 0,
    }).catch((e: unknown) => e);
    expect(requestLintErrorOf(error)?.diagnostics.map((d) => d.ruleId)).toEqual(['store/no-metadata-without-store']);
    expect(network.sent).toEqual([]);
  });

  it('sends good calls untouched, streamed or not, and warn mode reports', async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const openai = createOpenAI({
      apiKey: 'sk-test',
      fetch: reqlintFetch(network.fetch, { mode: 'warn', onDiagnostics: (r) => reports.push(r) }),
    });
    const { text } = await generateText({ model: openai.chat('gpt-4o'), prompt: 'Hello', temperature: 0.3 });
    expect(text).toBe('Hello');
    const stream = streamText({ model: openai.chat('gpt-4o'), prompt: 'Hello' });
    let streamed = '';
    for await (const part of stream.textStream) streamed += part;
    expect(streamed).toBe('Hello');
    expect(network.sent).toHaveLength(2);
    expect(JSON.parse(network.sent[1]!.body)).toMatchObject({ stream: true });
    expect(reports.flatMap((r) => r.diagnostics).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
