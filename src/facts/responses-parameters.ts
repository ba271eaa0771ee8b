import type { FactSource } from './deprecations.js';

/**
 * Request parameters that exist only in the Responses API, and what a Chat Completions request uses
 * instead (api-facts §2.1 and the §2.3 comparison table, from the spec's `CreateResponse` and
 * `CreateChatCompletionRequest`). Chat Completions answers any of them with
 * `Unknown parameter: '<name>'.` (api-facts §5, code unknown_parameter). The
 * `params/no-responses-parameters` rule reads this table.
 */

export interface ForeignParameter {
  /** One clause for messages: what to write on Chat Completions instead. */
  instead: string;
  /** The Chat parameter that takes the same value unchanged, when there is one (enables a rename). */
  renameTo?: string;
}

export const RESPONSES_PARAMETERS_SOURCE: FactSource = {
  title: 'OpenAI OpenAPI spec, openai/openai-openapi openapi.yaml, CreateResponse vs CreateChatCompletionRequest (commit f85dbe2)',
  url: 'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml',
  checked: '2026-11-25',
};

export const RESPONSES_ONLY_PARAMETERS: Readonly<Record<string, ForeignParameter>> = {
  input: { instead: 'send the conversation as `messages` (a string input is one `user` message)' },
  instructions: { instead: 'put the instructions in a leading `developer` (or `system`) message' },
  text: { instead: 'use `response_format` for the output format and top-level `verbosity` for verbosity' },
  max_output_tokens: { instead: 'use `max_completion_tokens`', renameTo: 'max_completion_tokens' },
  reasoning: { instead: 'use the flat `reasoning_effort` string (Chat Completions has no reasoning summaries)' },
  previous_response_id: { instead: 'resend the earlier messages in `messages` (Chat Completions keeps no server-side state)' },
  conversation: { instead: 'resend the earlier messages in `messages` (Chat Completions keeps no server-side state)' },
  include: { instead: 'remove it (for token log probabilities use `logprobs: true` with `top_logprobs`)' },
  truncation: { instead: 'remove it and keep `messages` within the context window yourself' },
  context_management: { instead: 'remove it and keep `messages` within the context window yourself' },
  background: { instead: 'remove it (background mode exists only in the Responses API)' },
  max_tool_calls: { instead: 'remove it (it limits built-in tools, which exist only in the Responses API)' },
  prompt: { instead: 'send the prompt text in `messages` (stored prompt templates exist only in the Responses API)' },
};
