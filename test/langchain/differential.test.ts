import { ChatOpenAI } from '@langchain/openai';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { langchainChatOpenAIOptionsSchema } from '../../schemas/langchain/options.js';
import { toWireRequest } from '../../src/index.js';
import type { Api } from '../../src/types.js';
import { GENERATED_OPTIONS, langChainCall, type LangChainCall } from '../support/langchain-calls.js';

/**
 * The LangChain dialect against the real `@langchain/openai` (the version pinned in package.json):
 * for generated constructor fields and call options, the request `ChatOpenAI` sends, captured by its
 * own `configuration.fetch` (no network), must be the request `toWireRequest` rebuilds, sent to the
 * same API. The only normalisation is what a call adds on every request whatever the options:
 *   - `messages` (Chat Completions) / `input` (Responses): the conversation, not part of the options;
 *   - `stream: false`: a non-streaming `invoke` always sends it (`_generate` passes `stream: false`
 *     over `stream: this.streaming`), and reqlint leaves `stream` out unless it is set.
 * Configurations with `streaming: true` are called with `.stream()`, which sends the same request as
 * `invoke` (both go through `_streamResponseChunks`) without `invoke`'s token count of the reply,
 * which would download a tokenizer.
 * What still differs is listed, with its reason, in `KNOWN_DIFFERENCES` below; the generator does
 * not make those cases (`test/support/langchain-calls.ts`).
 */

/**
 * Where reqlint's rebuilt request and LangChain's differ on purpose, or cannot agree because reqlint
 * sees one options object where LangChain has two places. Sources: `@langchain/openai` 1.6.0
 * `dist/chat_models/{base,completions,responses,index}.js`, `dist/utils/tools.js`.
 */
export const KNOWN_DIFFERENCES = [
  {
    case: 'No `model` at all',
    why: 'LangChain sends its default `gpt-3.5-turbo` (`BaseChatOpenAI.model`); reqlint lints the options as written and says nothing about a model it would have to guess. Generated options always name a model.',
  },
  {
    case: '`verbosity` as a constructor field on the Responses API',
    why: '`ChatOpenAIResponses.invocationParams` builds `text.verbosity` from the call option only, so a constructor `verbosity` is dropped there; reqlint reads `verbosity` as the call option (sent). Generated as a call option.',
  },
  {
    case: '`service_tier` as a constructor field on the Responses API',
    why: '`ChatOpenAIResponses.invocationParams` sends `this.service_tier` (the field) and ignores the call option; reqlint reads it as the call option and reports it dropped. Generated as a call option.',
  },
  {
    case: '`stop` and `stopSequences` both as constructor fields',
    why: 'The constructor keeps `stopSequences ?? stop`, while a `stop` call option wins over both (`options.stop ?? this.stopSequences`); reqlint reads `stop` as the call option. Generated as a call option.',
  },
  {
    case: '`promptCacheKey` / `promptCacheRetention` as constructor fields with the same key in `modelKwargs`',
    why: 'LangChain takes `options.promptCacheKey ?? modelKwargs.prompt_cache_key ?? this.promptCacheKey`: the call option beats `modelKwargs`, the field does not; reqlint reads them as call options. Generated as call options.',
  },
  {
    case: '`useWebSocket`',
    why: 'In the options schema from langchainjs main (`chat_models/index.ts`), but 1.6.0 has no such field and ignores it; reqlint routes it to Responses as main does. Not generated.',
  },
  {
    case: 'A Responses-shaped `tool_choice` object (`{ type: "function", name }`) on the Responses API',
    why: '`ChatOpenAIResponses.invocationParams` reads `tool_choice.function.name` of every function choice and throws a TypeError on this shape before sending anything; reqlint passes it through. Not generated.',
  },
  {
    case: 'Non-streaming Chat call with a `json_schema` `response_format`, function tools and `strict: false` (or `supportsStrictToolCalling: false`)',
    why: 'LangChain sends it through `client.chat.completions.parse()`, which refuses non-strict tools before sending; reqlint rebuilds the request LangChain would have sent. Not generated.',
  },
] as const;

/** Options of the schema the generator leaves out, and why: everything else it generates. */
const NOT_GENERATED: Readonly<Record<string, string>> = {
  model: 'always set, by the generator itself (as `model` or `modelName`)',
  modelName: 'always set, by the generator itself (as `model` or `modelName`)',
  useWebSocket: 'see KNOWN_DIFFERENCES',
  prefixMessages: 'messages, which are not part of the request reqlint rebuilds',
  ...Object.fromEntries(
    [
      'apiKey',
      'openAIApiKey',
      'organization',
      'configuration',
      'timeout',
      'maxRetries',
      'maxConcurrency',
      'cache',
      'callbacks',
      'tags',
      'metadata',
      'verbose',
      'outputVersion',
      'options',
    ].map((key) => [key, 'a client setting, never part of the request body']),
  ),
  ...Object.fromEntries(
    [
      'azureOpenAIApiKey',
      'azureOpenAIApiInstanceName',
      'azureOpenAIApiDeploymentName',
      'deploymentName',
      'azureOpenAIApiEmbeddingsDeploymentName',
      'azureOpenAIApiCompletionsDeploymentName',
      'azureOpenAIApiVersion',
      'openAIApiVersion',
      'azureOpenAIBasePath',
      'openAIBasePath',
      'azureOpenAIEndpoint',
      'azureADTokenProvider',
    ].map((key) => [key, 'an AzureChatOpenAI client setting (the test drives ChatOpenAI): it chooses the endpoint, never the body']),
  ),
};

/** The cases `KNOWN_DIFFERENCES` says the generator does not make. */
function parseRefusesTools({ fields, callOptions }: LangChainCall): boolean {
  const format = callOptions.response_format as { type?: string } | undefined;
  const strict = callOptions.strict ?? fields.supportsStrictToolCalling;
  return fields.streaming !== true && format?.type === 'json_schema' && Array.isArray(callOptions.tools) && strict === false;
}

interface Sent {
  api: Api;
  body: Record<string, unknown>;
}

const CHAT_REPLY = {
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [{ index: 0, message: { role: 'assistant', content: '{}', refusal: null }, finish_reason: 'stop', logprobs: null }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
};
const CHAT_CHUNK = {
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'm',
  choices: [{ index: 0, delta: { role: 'assistant', content: '{}' }, finish_reason: 'stop' }],
};
const RESPONSE = {
  id: 'resp_1',
  object: 'response',
  created_at: 1,
  status: 'completed',
  model: 'm',
  output: [
    {
      type: 'message',
      id: 'msg_1',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: '{}', annotations: [] }],
    },
  ],
  usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 },
};

/** A `fetch` that records the request and answers as the API would: JSON, or server-sent events when streaming. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return async (url, init) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    const path = new URL(String(url)).pathname;
    const api: Api = path.endsWith('/responses') ? 'responses' : 'chat.completions';
    if (!['/v1/responses', '/v1/chat/completions'].includes(path)) throw new Error(`unexpected request to ${path}`);
    sent.push({ api, body });
    if (body.stream !== true)
      return new Response(JSON.stringify(api === 'responses' ? RESPONSE : CHAT_REPLY), { headers: { 'content-type': 'application/json' } });
    const events =
      api === 'responses'
        ? `event: response.completed\ndata: ${JSON.stringify({ type: 'response.completed', sequence_number: 0, response: RESPONSE })}\n\n`
        : `data: ${JSON.stringify(CHAT_CHUNK)}\n\ndata: [DONE]\n\n`;
    return new Response(events, { headers: { 'content-type': 'text/event-stream' } });
  };
}

async function sendWithLangChain(call: LangChainCall): Promise<Sent> {
  const sent: Sent[] = [];
  // `maxRetries: 0`: a refused call fails at once instead of backing off.
  const model = new ChatOpenAI({ ...call.fields, apiKey: 'sk-test', maxRetries: 0, configuration: { fetch: recordingFetch(sent) } });
  const callOptions = call.callOptions as Parameters<ChatOpenAI['invoke']>[1];
  if (call.fields.streaming === true) {
    for await (const chunk of await model.stream('hello', callOptions)) void chunk;
  } else {
    await model.invoke('hello', callOptions);
  }
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

/** Drops what every call adds (see the file comment). */
function withoutPerCallKeys(body: Record<string, unknown>): Record<string, unknown> {
  const { messages: _messages, input: _input, ...rest } = body;
  if (rest.stream === false) delete rest.stream;
  return rest;
}

describe('the LangChain dialect rebuilds the request @langchain/openai sends', () => {
  // No request may leave the process: `ChatOpenAI` gets its own fetch, anything else fails the test.
  beforeAll(() => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the differential test makes no network calls')));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('same body, same API, for generated constructor fields and call options', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        langChainCall().filter((call) => !parseRefusesTools(call)),
        async (call) => {
          runs++;
          const sent = await sendWithLangChain(call);
          const rebuilt = toWireRequest({ ...call.fields, ...call.callOptions }, { api: 'langchain' });
          expect({ api: rebuilt.api, body: withoutPerCallKeys(rebuilt.request) }).toEqual({
            api: sent.api,
            body: withoutPerCallKeys(sent.body),
          });
        },
      ),
    );
    expect(runs).toBeGreaterThan(0);
  });

  it('generates every option of the options schema but the ones it lists', () => {
    const known = Object.keys(langchainChatOpenAIOptionsSchema.properties).sort();
    expect([...GENERATED_OPTIONS, ...Object.keys(NOT_GENERATED)].sort()).toEqual(known);
  });

  it('covers both APIs and the options that reroute a call', () => {
    // The generator must reach both APIs, or the property above says little about one of them.
    const apis = new Set(
      fc
        .sample(langChainCall(), { numRuns: 200, seed: 1 })
        .map((call) => toWireRequest({ ...call.fields, ...call.callOptions }, { api: 'langchain' }).api),
    );
    expect([...apis].sort()).toEqual(['chat.completions', 'responses']);
  });
});
