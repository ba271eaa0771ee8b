import type { FactSource } from './deprecations.js';
import type { ForeignParameter } from './responses-parameters.js';

/**
 * Request parameters that exist only in Chat Completions, and what a Responses request uses instead
 * (api-facts §2.1 "Not in Responses", the §2.3 comparison table, §5 #22 for top-level `verbosity`).
 * The Responses API answers any of them with `Unknown parameter: '<name>'.` The counterpart table,
 * Responses parameters sent to Chat, is `responses-parameters.ts` beside this file.
 * `responses/no-chat-only-parameters` reads this table.
 */
export const CHAT_ONLY_PARAMETERS_SOURCE: FactSource = {
  title:
    'OpenAI OpenAPI spec, openai/openai-openapi openapi.yaml, CreateChatCompletionRequest vs CreateResponse (commit f85dbe2); api-facts §2.1, §2.3, §5 #22',
  url: 'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml',
  checked: '2026-11-25',
};

export interface ChatOnlyParameter extends ForeignParameter {
  /**
   * A Responses pointer that takes the same value unchanged (`renameTo` is for top-level names);
   * the rule offers a fix that moves the value there when it is free.
   */
  moveTo?: string;
}

/** Keyed by the path below the request root (`stream_options/include_usage` is nested). */
export const CHAT_ONLY_PARAMETERS: Readonly<Record<string, ChatOnlyParameter>> = {
  messages: {
    instead: 'send the conversation as `input` (a list of items, or a string for one user message) and system text as `instructions`',
  },
  max_completion_tokens: { instead: 'use `max_output_tokens` (at least 16)', moveTo: '/max_output_tokens' },
  max_tokens: { instead: 'use `max_output_tokens` (at least 16)', moveTo: '/max_output_tokens' },
  reasoning_effort: { instead: 'use `reasoning.effort`', moveTo: '/reasoning/effort' },
  verbosity: { instead: 'use `text.verbosity`', moveTo: '/text/verbosity' },
  response_format: {
    instead: 'use `text.format` (for `json_schema`, `name`, `schema` and `strict` sit beside `type`, without the `json_schema` wrapper)',
  },
  'stream_options/include_usage': { instead: 'remove it (usage always arrives in the `response.completed` event)' },
  seed: { instead: 'remove it (the Responses API has no seed)' },
  stop: { instead: 'remove it (the Responses API has no stop sequences)' },
  frequency_penalty: { instead: 'remove it (the Responses API has no penalties)' },
  presence_penalty: { instead: 'remove it (the Responses API has no penalties)' },
  logit_bias: { instead: 'remove it (the Responses API has no logit bias)' },
  logprobs: { instead: 'add `"message.output_text.logprobs"` to `include` (with `top_logprobs` for alternatives)' },
  n: { instead: 'send one request per choice (the Responses API returns one output)' },
  modalities: { instead: 'remove it (audio output is a Chat Completions feature)' },
  audio: { instead: 'remove it (audio output is a Chat Completions feature)' },
  prediction: { instead: 'remove it (Predicted Outputs are a Chat Completions feature)' },
  web_search_options: { instead: 'add a `{ "type": "web_search" }` tool instead' },
  functions: { instead: 'declare each function as a `tools` entry `{ "type": "function", "name", "parameters" }`' },
  function_call: { instead: 'use `tool_choice` (`{ "type": "function", "name": ... }` for one function)' },
};
