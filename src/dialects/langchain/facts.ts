/**
 * How `@langchain/openai`'s `ChatOpenAI` decides things, as data (api-facts §6). Source:
 * langchain-ai/langchainjs `libs/providers/langchain-openai/src/{chat_models/index.ts,
 * chat_models/completions.ts, chat_models/responses.ts, utils/misc.ts}` at HEAD 62fc484 (2026-08-05),
 * re-read on 2026-11-25 through the code index (responses.ts 03cb00b, completions.ts 03562e1,
 * index.ts with `useWebSocket`). LangChain changes these often: update here, not in code.
 */
export const LANGCHAIN_SOURCE = {
  title: 'langchain-ai/langchainjs libs/providers/langchain-openai (ChatOpenAI, ChatOpenAICompletions, ChatOpenAIResponses, utils/misc.ts)',
  url: 'https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-openai/src',
  checked: '2026-11-25',
} as const;

/**
 * `isReasoningModel(model)`: LangChain's own test, which decides whether it sends reasoning options
 * and `max_completion_tokens` (not the API's truth: the model registry is that).
 */
export const LANGCHAIN_REASONING_MODEL_PATTERNS: readonly RegExp[] = [/^o\d/, /^gpt-5(?!-chat)/];

/** `_modelPrefersResponsesAPI(model)`: substrings of model ids LangChain always sends to Responses. */
export const LANGCHAIN_RESPONSES_MODEL_SUBSTRINGS: readonly string[] = ['gpt-5.2-pro', 'gpt-5.4-pro', 'gpt-5.5-pro', 'codex'];

/** Call options whose presence (not null) routes the call to the Responses API (`_useResponsesApi`). */
export const LANGCHAIN_RESPONSES_ONLY_OPTIONS: readonly string[] = ['previous_response_id', 'text', 'truncation', 'include'];

/**
 * Options that `ChatOpenAIResponses.invocationParams` never copies into the request, so they are
 * dropped without a word when the call goes to the Responses API.
 */
export const LANGCHAIN_DROPPED_ON_RESPONSES: Readonly<Record<string, string>> = {
  frequencyPenalty: 'the Responses API has no penalties',
  presencePenalty: 'the Responses API has no penalties',
  n: 'the Responses API returns one output',
  logitBias: 'the Responses API has no logit bias',
  logprobs: 'ask for `include: ["message.output_text.logprobs"]` instead',
  topLogprobs: 'LangChain does not forward it to the Responses API',
  stop: 'the Responses API has no stop sequences',
  stopSequences: 'the Responses API has no stop sequences',
  seed: 'the Responses API has no seed',
  modalities: 'audio output exists only in Chat Completions',
  audio: 'audio output exists only in Chat Completions',
  prediction: 'Predicted Outputs exist only in Chat Completions',
  stream_options: 'LangChain does not forward it to the Responses API',
  service_tier: 'LangChain does not forward it to the Responses API (pass it in `modelKwargs`)',
};

export function langchainTreatsAsReasoningModel(model: string): boolean {
  return LANGCHAIN_REASONING_MODEL_PATTERNS.some((pattern) => pattern.test(model));
}
