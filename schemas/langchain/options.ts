/**
 * The options of LangChain JS's `ChatOpenAI` (`@langchain/openai`): constructor fields and call
 * options in one object, spelled as LangChain spells them (camelCase fields, and the snake_case call
 * options it passes through such as `tool_choice` and `response_format`). Source: langchainjs
 * `src/types.ts` (`OpenAIBaseInput`, `OpenAIChatInput`), `chat_models/base.ts`
 * (`BaseChatOpenAICallOptions`), `chat_models/responses.ts` (`ChatOpenAIResponsesCallOptions`),
 * `chat_models/index.ts` (`useResponsesApi`, `useWebSocket`); api-facts §6; checked 2026-11-25.
 *
 * Values reuse the wire schemas, so a bad value gets the same finding as on the wire, at the user's key.
 * Client settings that never reach the request body (keys, timeouts, callbacks) are accepted with
 * their types only. The object is closed: a misspelt option (`max_tokens`, `topK`) gets a did-you-mean.
 */
import {
  chatAudioOutputSchema,
  chatModalitiesSchema,
  chatPredictionSchema,
  chatResponseFormatSchema,
  chatStreamOptionsSchema,
  chatToolChoiceSchema,
  chatToolSchema,
} from '../chat-completions/index.js';
import { responsesReasoningSchema, responsesIncludeValues } from '../responses/request.js';
import { responsesTextSchema } from '../responses/text.js';
import { responsesToolChoiceSchema } from '../responses/tool-choice.js';
import { responsesToolSchema } from '../responses/tools.js';
import {
  promptCacheKeySchema,
  promptCacheOptionsSchema,
  reasoningEffortSchema,
  serviceTierSchema,
  stopSchema,
  temperatureSchema,
  topLogprobsSchema,
  topPSchema,
  verbositySchema,
} from '../shared.js';

const clientSetting = (description: string) => ({ description }) as const;

export const langchainChatOpenAIOptionsSchema = {
  type: 'object',
  title: 'LangChain ChatOpenAI options',
  description: 'Constructor fields and call options of `ChatOpenAI` from `@langchain/openai`.',
  properties: {
    // Model and routing
    model: { type: 'string', description: 'The model id, e.g. `gpt-4o` or `o3`.' },
    modelName: { type: 'string', deprecated: true, description: 'Deprecated alias of `model`.' },
    useResponsesApi: { type: 'boolean', default: false, description: 'Send every call to the Responses API.' },
    useWebSocket: { type: 'boolean', default: false, description: 'Use the Responses API over a WebSocket (implies `useResponsesApi`).' },
    zdrEnabled: { type: 'boolean', default: false, description: 'Zero Data Retention: Responses calls send `store: false`.' },

    // Sampling and length
    temperature: { ...temperatureSchema, type: 'number' },
    topP: { ...topPSchema, type: 'number' },
    frequencyPenalty: { type: 'number', minimum: -2, maximum: 2, description: 'Sent as `frequency_penalty` (Chat Completions only).' },
    presencePenalty: { type: 'number', minimum: -2, maximum: 2, description: 'Sent as `presence_penalty` (Chat Completions only).' },
    n: { type: 'integer', minimum: 1, maximum: 128, description: 'Sent as `n` (Chat Completions only).' },
    logitBias: {
      type: 'object',
      additionalProperties: { type: 'integer', minimum: -100, maximum: 100 },
      description: 'Sent as `logit_bias` (Chat Completions only).',
    },
    logprobs: { type: 'boolean', description: 'Sent as `logprobs` (Chat Completions only).' },
    topLogprobs: { ...topLogprobsSchema, type: 'integer', description: 'Sent as `top_logprobs` (Chat Completions only).' },
    maxTokens: {
      type: 'integer',
      description:
        'Sent as `max_completion_tokens` to reasoning models, `max_tokens` to others, `max_output_tokens` on Responses; -1 sends nothing.',
    },
    maxCompletionTokens: { type: 'integer', description: 'Alias of `maxTokens`.' },
    // The wire's list form (one to four): LangChain sends the list as it is.
    stop: { ...stopSchema.anyOf[1], description: 'Stop sequences (call option; Chat Completions only).' },
    stopSequences: { ...stopSchema.anyOf[1], description: 'Stop sequences (Chat Completions only).' },
    seed: { type: 'integer', description: 'Sent as `seed` (Chat Completions only).' },
    user: { type: 'string', description: 'Sent as `user`.' },
    verbosity: verbositySchema,
    reasoning: responsesReasoningSchema,
    reasoningEffort: {
      ...reasoningEffortSchema,
      deprecated: true,
      description:
        'Deprecated call option, merged into `reasoning.effort`; the constructor ignores it (write `reasoning: { effort }` there).',
    },

    // Output
    response_format: chatResponseFormatSchema,
    text: responsesTextSchema,
    modalities: chatModalitiesSchema,
    audio: chatAudioOutputSchema,
    prediction: chatPredictionSchema,

    // Tools
    tools: {
      type: 'array',
      description: 'Tools in OpenAI Chat format, or Responses built-in and custom tools.',
      items: { description: 'A tool.', anyOf: [chatToolSchema, responsesToolSchema] },
    },
    tool_choice: {
      description: '`auto`, `none`, `required`, a tool name, or an OpenAI tool choice object.',
      anyOf: [{ type: 'string', description: 'A mode or a tool name.' }, chatToolChoiceSchema, responsesToolChoiceSchema],
    },
    parallel_tool_calls: { type: 'boolean', description: 'Sent as `parallel_tool_calls`.' },
    strict: { type: 'boolean', description: 'Sets `strict` on every function tool.' },
    supportsStrictToolCalling: { type: 'boolean', description: 'Default for `strict` on tools when the call option is not set.' },

    // Responses-only call options (any of them routes the call to the Responses API)
    previous_response_id: { type: ['string', 'null'], description: 'Continue from a stored response (Responses API).' },
    truncation: { type: ['string', 'null'], enum: ['auto', 'disabled', null], description: 'Truncation strategy (Responses API).' },
    include: {
      type: ['array', 'null'],
      items: { type: 'string', enum: responsesIncludeValues },
      description: 'Extra outputs (Responses API).',
    },

    // Delivery, caching and identity
    streaming: { type: 'boolean', default: false, description: 'Stream the reply (sent as `stream`).' },
    streamUsage: { type: 'boolean', default: true, description: 'Ask for usage when streaming (adds `stream_options.include_usage`).' },
    stream_options: chatStreamOptionsSchema,
    service_tier: serviceTierSchema,
    promptCacheKey: { ...promptCacheKeySchema, type: 'string' },
    promptCacheRetention: { type: ['string', 'null'], enum: ['in_memory', '24h', null], description: 'Sent as `prompt_cache_retention`.' },
    promptCacheOptions: {
      ...promptCacheOptionsSchema,
      description: 'Sent as `prompt_cache_options` (`@langchain/openai` 1.6.0 and later).',
    },
    promptIndex: { type: 'integer', description: 'Index of the prompt in a batch (LangChain bookkeeping, not sent).' },
    modelKwargs: { type: 'object', description: 'Extra request parameters, sent as written (they override the mapped ones).' },
    prefixMessages: { type: 'array', items: { type: 'object' }, description: 'Messages prepended to every prompt.' },

    // Client settings (never part of the request body)
    apiKey: clientSetting('API key.'),
    openAIApiKey: clientSetting('API key (alias).'),
    organization: clientSetting('Organization id.'),
    configuration: clientSetting('OpenAI client options.'),
    timeout: clientSetting('Request timeout in ms.'),
    maxRetries: clientSetting('Retries on failure.'),
    maxConcurrency: clientSetting('Concurrent request limit.'),
    cache: clientSetting('LangChain cache.'),
    callbacks: clientSetting('LangChain callbacks.'),
    tags: clientSetting('LangChain run tags.'),
    metadata: clientSetting('LangChain run metadata (not the OpenAI `metadata` parameter).'),
    verbose: clientSetting('LangChain verbose logging.'),
    disableStreaming: { type: 'boolean', description: 'Never stream, even when `streaming` is true.' },
    outputVersion: clientSetting('LangChain message output format version.'),
    options: clientSetting('Per-call HTTP request options.'),

    // `AzureChatOpenAI` client settings (`@langchain/openai` 1.6.0 `dist/types.d.ts` `AzureOpenAIInput`,
    // `AzureOpenAIChatInput`; `dist/azure/chat_models/common.js`): they choose the endpoint, never the body.
    azureOpenAIApiKey: clientSetting('Azure OpenAI API key.'),
    azureOpenAIApiInstanceName: clientSetting('Azure OpenAI instance name (the endpoint host).'),
    azureOpenAIApiDeploymentName: clientSetting('Azure OpenAI deployment name (the endpoint path).'),
    deploymentName: clientSetting('Azure OpenAI deployment name (alias).'),
    azureOpenAIApiEmbeddingsDeploymentName: clientSetting('Azure OpenAI embeddings deployment name.'),
    azureOpenAIApiCompletionsDeploymentName: clientSetting('Azure OpenAI completions deployment name.'),
    azureOpenAIApiVersion: clientSetting('Azure OpenAI API version.'),
    openAIApiVersion: clientSetting('Azure OpenAI API version (alias).'),
    azureOpenAIBasePath: clientSetting('Azure OpenAI base path.'),
    openAIBasePath: clientSetting('Azure OpenAI base path (alias).'),
    azureOpenAIEndpoint: clientSetting('Azure OpenAI endpoint URL.'),
    azureADTokenProvider: clientSetting('Microsoft Entra ID token provider.'),
  },
  additionalProperties: false,
} as const;
