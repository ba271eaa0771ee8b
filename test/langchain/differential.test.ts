import { ChatOpenAI } from '@langchain/openai';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { langchainChatOpenAIOptionsSchema } from '../../schemas/langchain/options.js';
import { LANGCHAIN_CALL_ONLY_OPTIONS } from '../../src/dialects/langchain/facts.js';
import { applyFix, lint, toWireRequest } from '../../src/index.js';
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
    case: 'A call option the constructor never reads (`reasoningEffort`, `seed`, `tools`... `LANGCHAIN_CALL_ONLY_OPTIONS`) as a constructor field',
    why: '`new ChatOpenAI({ reasoningEffort })` sends nothing (`_getReasoningParams` reads `options.reasoningEffort` only); reqlint reads them as call options and warns that `reasoningEffort` is lost on the constructor, unless the `langchainCallOptions` lint option says it was written in a call; the ESLint plugin, which sees `new ChatOpenAI`, reports each one there and passes the keys of calls as `langchainCallOptions`. Generated as call options; the cases below hold the facts to the library.',
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

/** What `new ChatOpenAI(fields).invoke('hello', callOptions)` sends, without what every call adds. */
async function sentBody(fields: Record<string, unknown>, callOptions: Record<string, unknown> = {}): Promise<Sent> {
  const sent = await sendWithLangChain({ fields, callOptions });
  return { api: sent.api, body: withoutPerCallKeys(sent.body) };
}

const FUNCTION_TOOL = {
  type: 'function',
  function: { name: 'f0', parameters: { type: 'object', properties: {}, additionalProperties: false } },
};

/**
 * Each call-only option with a value, and call options both runs share so that the value matters as a
 * call option (`strict` only shapes tools). `promptIndex` is LangChain bookkeeping, never sent.
 */
const CALL_ONLY_SAMPLES: Readonly<Record<string, { value: unknown; with?: Record<string, unknown> }>> = {
  reasoningEffort: { value: 'high' },
  tools: { value: [FUNCTION_TOOL] },
  tool_choice: { value: 'required' },
  strict: { value: true, with: { tools: [FUNCTION_TOOL] } },
  parallel_tool_calls: { value: false },
  response_format: { value: { type: 'json_object' } },
  seed: { value: 7 },
  prediction: { value: { type: 'content', content: 'x' } },
  stream_options: { value: { include_usage: true } },
  previous_response_id: { value: 'resp_123' },
  text: { value: { verbosity: 'low' } },
  truncation: { value: 'auto' },
  include: { value: ['reasoning.encrypted_content'] },
  promptIndex: { value: 1 },
};

describe('options LangChain reads only from a call (ground truth for LANGCHAIN_CALL_ONLY_OPTIONS)', () => {
  beforeAll(() => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the differential test makes no network calls')));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('has a sample for each listed option', () => {
    expect(Object.keys(CALL_ONLY_SAMPLES).sort()).toEqual([...LANGCHAIN_CALL_ONLY_OPTIONS].sort());
  });

  it('sends nothing for each of them given to the constructor, and reads each from a call', async () => {
    // `o3`: a model LangChain treats as a reasoning model, so `reasoningEffort` is read from a call.
    const model = 'o3';
    for (const [option, { value, with: shared = {} }] of Object.entries(CALL_ONLY_SAMPLES)) {
      const plain = await sentBody({ model }, shared);
      expect(await sentBody({ model, [option]: value }, shared), `${option} on the constructor`).toEqual(plain);
      if (option !== 'promptIndex')
        expect(await sentBody({ model }, { ...shared, [option]: value }), `${option} as a call option`).not.toEqual(plain);
    }
  });

  it('`reasoningEffort`: the call option is sent on both APIs, the constructor field never, and reqlint says so', async () => {
    for (const fields of [{ model: 'o3' }, { model: 'o3', useResponsesApi: true }]) {
      const asCallOption = await sentBody(fields, { reasoningEffort: 'high' });
      expect(asCallOption.body).toMatchObject(
        asCallOption.api === 'responses' ? { reasoning: { effort: 'high' } } : { reasoning_effort: 'high' },
      );
      expect(await sentBody({ ...fields, reasoningEffort: 'high' })).toEqual(await sentBody(fields));

      // One options object reads it as the call option, and warns about the constructor.
      const document = { ...fields, reasoningEffort: 'high' };
      const rebuilt = toWireRequest(document, { api: 'langchain' });
      expect({ api: rebuilt.api, body: withoutPerCallKeys(rebuilt.request) }).toEqual(asCallOption);
      const [finding, ...others] = lint(document, { api: 'langchain' }).diagnostics.filter((d) => d.path === '/reasoningEffort');
      expect(others).toEqual([]);
      expect(finding?.ruleId).toBe('langchain/no-dropped-options');
      expect(finding?.message).toContain('constructor field');
      // Known to be written in a call (the ESLint plugin knows), it is sent: nothing to say.
      expect(
        lint(document, { api: 'langchain', langchainCallOptions: ['reasoningEffort'] }).diagnostics.filter(
          (d) => d.path === '/reasoningEffort',
        ),
      ).toEqual([]);

      // Its suggestion, applied, is sent from the constructor as well as from a call.
      const moved = applyFix(document, finding!.suggestions![0]!.fix);
      expect(await sentBody(moved)).toEqual(asCallOption);
      expect(lint(moved, { api: 'langchain' }).diagnostics.filter((d) => d.ruleId === 'langchain/no-dropped-options')).toEqual([]);
    }
  });

  it('`reasoning.effort` wins over a `reasoningEffort` call option, wherever `reasoning` is written', async () => {
    for (const [fields, callOptions] of [
      [{ model: 'o3', reasoning: { effort: 'low' } }, { reasoningEffort: 'high' }],
      [{ model: 'o3' }, { reasoning: { effort: 'low' }, reasoningEffort: 'high' }],
    ] as const) {
      expect((await sentBody(fields, callOptions)).body).toMatchObject({ reasoning_effort: 'low' });
      const document = { ...fields, ...callOptions };
      expect(toWireRequest(document, { api: 'langchain' }).request).toMatchObject({ reasoning_effort: 'low' });
      for (const langchainCallOptions of [undefined, Object.keys(callOptions)])
        expect(lint(document, { api: 'langchain', langchainCallOptions }).diagnostics.map((d) => d.message)).toContainEqual(
          expect.stringContaining('when `reasoning.effort` is set, which wins'),
        );
    }
  });

  it('`reasoningEffort` on a model LangChain does not treat as a reasoning model is dropped in both places', async () => {
    const plain = await sentBody({ model: 'gpt-4.1' });
    expect(await sentBody({ model: 'gpt-4.1' }, { reasoningEffort: 'high' })).toEqual(plain);
    expect(await sentBody({ model: 'gpt-4.1', reasoningEffort: 'high' })).toEqual(plain);
    const findings = lint({ model: 'gpt-4.1', reasoningEffort: 'high' }, { api: 'langchain' }).diagnostics;
    expect(findings.map((d) => [d.ruleId, d.path])).toEqual([['langchain/no-dropped-options', '/reasoningEffort']]);
    expect(findings[0]!.message).toMatch(
      /as a call option because it does not treat `gpt-4\.1` as a reasoning model, and as a `ChatOpenAI` constructor field on any model/,
    );
    // Known to be written in a call, the message is about the call alone.
    const inCall = lint({ model: 'gpt-4.1', reasoningEffort: 'high' }, { api: 'langchain', langchainCallOptions: ['reasoningEffort'] });
    expect(inCall.diagnostics.map((d) => d.message)).toEqual([
      'LangChain drops `reasoningEffort` without a word because it does not treat `gpt-4.1` as a reasoning model; remove it, or use a reasoning model.',
    ]);
  });
});
