import { ChatOpenAI, type ChatOpenAIFields } from '@langchain/openai';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  RequestLintError,
  reqlintCallbackHandler,
  reqlintFetch,
  requestLintErrorOf,
  withReqlint,
  type GuardReport,
} from '../../src/index.js';
import { fakeFetch } from './fake-fetch.js';

const quiet = { logger: false as const };

function model(fields: ConstructorParameters<typeof ChatOpenAI>[0], fetch: typeof globalThis.fetch) {
  return new ChatOpenAI({ apiKey: 'sk-test', maxRetries: 0, ...fields, configuration: { fetch } });
}

describe('reqlintFetch under LangChain ChatOpenAI', () => {
  it('stops a request LangChain built wrongly for the model before it is sent', async () => {
    const network = fakeFetch();
    const chat = model({ model: 'o3', temperature: 0.2 }, reqlintFetch(network.fetch, quiet));
    const error = await chat.invoke('Hello').catch((e: unknown) => e);
    expect(requestLintErrorOf(error)?.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ['sampling/no-unsupported-sampling-parameters', '/temperature'],
    ]);
    expect(network.sent).toEqual([]);
  });

  it("fits the configuration's fetch option (checked by tsc)", () => {
    expectTypeOf(reqlintFetch()).toExtend<NonNullable<NonNullable<ChatOpenAIFields['configuration']>['fetch']>>();
    expect(model({ model: 'gpt-4o' }, reqlintFetch()).model).toBe('gpt-4o');
  });

  it('sends good calls untouched, streamed or not', async () => {
    const network = fakeFetch();
    const chat = model({ model: 'gpt-4o', temperature: 0.2 }, reqlintFetch(network.fetch, quiet));
    expect((await chat.invoke('Hello')).content).toBe('Hello');
    let streamed = '';
    for await (const chunk of await chat.stream('Hello')) streamed += String(chunk.content);
    expect(streamed).toBe('Hello');
    expect(network.sent.map((s) => JSON.parse(s.body).stream ?? false)).toEqual([false, true]);
  });
});

describe("withReqlint(ChatOpenAI): findings name the user's own keys", () => {
  it('lints the constructor fields at once: `maxTokens`, not `max_output_tokens`', () => {
    const network = fakeFetch();
    const chat = model({ model: 'gpt-4o', useResponsesApi: true, maxTokens: 8 }, network.fetch);
    const error = (() => {
      try {
        withReqlint(chat, quiet);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RequestLintError);
    expect((error as RequestLintError).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.path])).toEqual([
      ['schema/range', '/maxTokens'],
    ]);
    expect((error as RequestLintError).message).toContain('`maxTokens` is sent as `max_output_tokens`');
  });

  it("lints each call's options with the fields, and keeps the model's type", async () => {
    const network = fakeFetch();
    const chat = withReqlint(model({ model: 'gpt-4o' }, network.fetch), quiet);
    expectTypeOf(chat).toEqualTypeOf<ChatOpenAI>();
    // LangChain logs a handler's error before rethrowing it; keep the test output clean.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await chat.invoke('Hello', { tool_choice: 'auto' }).catch((e: unknown) => e);
      expect(requestLintErrorOf(error)?.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
        ['tools/no-tool-choice-without-tools', '/tool_choice'],
      ]);
      expect(network.sent).toEqual([]);
    } finally {
      logged.mockRestore();
    }
    expect((await chat.invoke('Hello')).content).toBe('Hello');
    expect(network.sent).toHaveLength(1);
  });

  it("in warn mode reports the fields once and each call's own findings, and sends", async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const chat = withReqlint(model({ model: 'gpt-4o', reasoning: { effort: 'low' } }, network.fetch), {
      mode: 'warn',
      onDiagnostics: (r) => reports.push(r),
    });
    withReqlint(chat, { mode: 'warn', onDiagnostics: (r) => reports.push(r) });
    await chat.invoke('Hello');
    await chat.invoke('Hello', { tool_choice: 'auto' });
    expect(network.sent).toHaveLength(2);
    expect(reports.map((r) => [r.target, r.api, r.diagnostics.map((d) => d.path)])).toEqual([
      ['ChatOpenAI fields', 'langchain', ['/reasoning']],
      ['ChatOpenAI fields', 'langchain', ['/reasoning']],
      ['ChatOpenAI call', 'langchain', ['/tool_choice']],
    ]);
  });

  it('judges a call option as one: `reasoningEffort` in `invoke` on a reasoning model is sent, not dropped', async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const onDiagnostics = (r: GuardReport) => reports.push(r);
    const reasoner = withReqlint(model({ model: 'o3' }, network.fetch), { mode: 'warn', onDiagnostics });
    await reasoner.invoke('Hello', { reasoningEffort: 'high' } as Parameters<ChatOpenAI['invoke']>[1]);
    const plain = withReqlint(model({ model: 'gpt-4o' }, network.fetch), { mode: 'warn', onDiagnostics });
    await plain.invoke('Hello', { reasoningEffort: 'high' } as Parameters<ChatOpenAI['invoke']>[1]);
    expect(JSON.parse(network.sent[0]!.body).reasoning_effort).toBe('high');
    expect(reports.map((r) => [r.target, r.diagnostics.map((d) => d.message)])).toEqual([
      [
        'ChatOpenAI call',
        [
          'LangChain drops `reasoningEffort` without a word because it does not treat `gpt-4o` as a reasoning model; remove it, or use a reasoning model.',
        ],
      ],
    ]);
  });

  it("refuses another provider's LangChain model, whose options the ChatOpenAI dialect would misread", () => {
    const otherProvider = {
      lc_namespace: ['langchain', 'chat_models', 'anthropic'],
      lc_kwargs: { model: 'claude', maxTokens: 8 },
      invoke: () => undefined,
    };
    expect(() => withReqlint(otherProvider)).toThrow(/expected an openai-node client .* or a LangChain `ChatOpenAI` model/);
  });

  it('works as a plain callback handler too', async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const chat = model(
      {
        model: 'gpt-4o',
        useResponsesApi: true,
        maxTokens: 8,
        callbacks: [reqlintCallbackHandler({ mode: 'warn', onDiagnostics: (r) => reports.push(r) })],
      },
      network.fetch,
    );
    await chat.invoke('Hello').catch(() => undefined);
    // LangChain hands callbacks its serialized fields (`max_tokens`); the finding still names `maxTokens`.
    expect(reports.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.path]))).toEqual([
      ['schema/range', '/maxTokens'],
    ]);
  });
});
