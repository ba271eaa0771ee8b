/**
 * How `@langchain/openai`'s `ChatOpenAI` decides things, as data (api-facts §6). Source: the release
 * pinned in package.json, `@langchain/openai` 1.6.0 (`dist/chat_models/{index,base,completions,
 * responses}.js`, `dist/utils/{misc,tools}.js`), which `test/langchain/differential.test.ts`
 * runs against; first read from langchain-ai/langchainjs `libs/providers/langchain-openai/src` at HEAD
 * 62fc484 (2026-08-05). LangChain changes these often: update here, not in code, and bump the pin.
 */
export const LANGCHAIN_SOURCE = {
  title: '@langchain/openai 1.6.0 (ChatOpenAI, ChatOpenAICompletions, ChatOpenAIResponses, utils/misc.ts, utils/tools.ts)',
  url: 'https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-openai/src',
  version: '1.6.0',
  checked: '2026-12-06',
} as const;

/**
 * `isReasoningModel(model)`: LangChain's own test, which decides whether it sends reasoning options
 * and `max_completion_tokens` (not the API's truth: the model registry is that).
 */
export const LANGCHAIN_REASONING_MODEL_PATTERNS: readonly RegExp[] = [/^o\d/, /^gpt-5(?!-chat)/, /^gpt-6(?!-chat)/];

/** `_modelPrefersResponsesAPI(model)`: substrings of model ids LangChain always sends to Responses. */
export const LANGCHAIN_RESPONSES_MODEL_SUBSTRINGS: readonly string[] = ['gpt-5.2-pro', 'gpt-5.4-pro', 'gpt-5.5-pro', 'gpt-5.6', 'codex'];

/**
 * Call options the `ChatOpenAI` constructor never reads (`BaseChatOpenAI` constructor and
 * `ChatOpenAIFields` in `dist/chat_models/base.{js,d.ts}` of 1.6.0: they are in
 * `BaseChatOpenAICallOptions` only, so TypeScript also rejects them on the constructor):
 * `invocationParams(options)` takes them from the call. Given to `new ChatOpenAI({...})` they are
 * dropped without a word, and a Responses-only one does not route the call. In particular
 * `reasoningEffort` is read only as `options.reasoningEffort` in `_getReasoningParams(options)`, while
 * `reasoning` is read from both (`this.reasoning`, then `options.reasoning`). Checked 2026-12-07 by
 * `test/langchain/differential.test.ts` (each one given to the real constructor sends nothing).
 */
export const LANGCHAIN_CALL_ONLY_OPTIONS: readonly string[] = [
  'reasoningEffort',
  'tools',
  'tool_choice',
  'strict',
  'parallel_tool_calls',
  'response_format',
  'seed',
  'prediction',
  'stream_options',
  'previous_response_id',
  'text',
  'truncation',
  'include',
  'promptIndex',
];

/** What to write instead of a call-only option on the constructor, where another option does the same. */
export const LANGCHAIN_CONSTRUCTOR_ALTERNATIVES: Readonly<Record<string, string>> = {
  reasoningEffort: '`reasoning: { effort }` (which the constructor reads)',
  tools: '`bindTools(tools)`',
};

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

/**
 * `formatToOpenAIToolChoice`: the string modes LangChain knows (`any` is its word for `required`).
 * On the Responses API `ChatOpenAIResponses.invocationParams` keeps only object choices, so every
 * mode is dropped there: only a tool name or a tool choice object reaches the request.
 */
export const LANGCHAIN_TOOL_CHOICE_MODES: Readonly<Record<string, string>> = {
  auto: 'auto',
  none: 'none',
  required: 'required',
  any: 'required',
};

/**
 * Request keys `ChatOpenAICompletions.invocationParams` writes after spreading `modelKwargs`, so a
 * value of LangChain's own wins over one in `modelKwargs` (`verbosity` and the token cap are written
 * even when unset, which drops the `modelKwargs` value). `prompt_cache_*` take `modelKwargs` only
 * when the option is unset.
 */
export const LANGCHAIN_CHAT_KEYS_AFTER_MODEL_KWARGS: readonly string[] = [
  'prompt_cache_key',
  'prompt_cache_retention',
  'prompt_cache_options',
  'prediction',
  'service_tier',
  'reasoning_effort',
];
export const LANGCHAIN_CHAT_KEYS_OVERWRITTEN_AFTER_MODEL_KWARGS: readonly string[] = ['verbosity'];
/** The same for `ChatOpenAIResponses.invocationParams`. */
export const LANGCHAIN_RESPONSES_KEYS_AFTER_MODEL_KWARGS: readonly string[] = [
  'prompt_cache_key',
  'prompt_cache_retention',
  'prompt_cache_options',
  'reasoning',
];

export function langchainTreatsAsReasoningModel(model: string): boolean {
  return LANGCHAIN_REASONING_MODEL_PATTERNS.some((pattern) => pattern.test(model));
}
