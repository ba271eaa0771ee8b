import fc from 'fast-check';
import { validChatRequest, type GeneratedRequest } from './valid-requests.js';
import { langchainTreatsAsReasoningModel } from '../../src/dialects/langchain/facts.js';

/**
 * Valid Responses bodies and LangChain `ChatOpenAI` options, made by translating the valid Chat
 * requests of `validChatRequest()` the way a careful user would: the same model, parameters and
 * conversation, spelled for the other dialect. So "valid requests give no errors" covers every
 * dialect over the same space, and a Chat-side constraint learnt there holds here too.
 */

type Json = Record<string, unknown>;

export function chatToResponses(chat: Json): Json {
  const request: Json = { model: chat.model };
  const input: Json[] = [];
  for (const message of chat.messages as Json[]) {
    if (message.role === 'tool') input.push({ type: 'function_call_output', call_id: message.tool_call_id, output: message.content });
    else if (Array.isArray(message.tool_calls)) {
      for (const call of message.tool_calls as Json[]) {
        const fn = call.function as Json;
        input.push({ type: 'function_call', call_id: call.id, name: fn.name, arguments: fn.arguments });
      }
    } else input.push({ role: message.role, content: message.content });
  }
  request.input = input;
  for (const key of [
    'temperature',
    'top_p',
    'top_logprobs',
    'store',
    'safety_identifier',
    'prompt_cache_key',
    'prompt_cache_retention',
    'prompt_cache_options',
    'user',
    'parallel_tool_calls',
    'stream',
    'metadata',
    'service_tier',
    'moderation',
  ]) {
    if (chat[key] !== undefined) request[key] = chat[key];
  }
  // Responses has stream options too, but not `include_usage`.
  if (chat.stream_options !== undefined) request.stream_options = chat.stream_options === null ? null : { include_obfuscation: false };
  const choice = chat.tool_choice as Json | string | undefined;
  if (choice !== undefined)
    request.tool_choice =
      typeof choice === 'object' && choice !== null && choice.type === 'function'
        ? { type: 'function', name: (choice.function as Json).name }
        : choice;
  const text: Json = {};
  const format = chat.response_format as Json | undefined;
  if (format !== undefined && format !== null) {
    if (format.type === 'json_schema') {
      const inner = format.json_schema as Json;
      text.format = { type: 'json_schema', ...inner };
    } else text.format = format;
  }
  if (chat.verbosity !== undefined) text.verbosity = chat.verbosity;
  if (Object.keys(text).length > 0) request.text = text;
  if (typeof chat.max_completion_tokens === 'number') request.max_output_tokens = Math.max(16, chat.max_completion_tokens);
  if (chat.reasoning_effort !== undefined) request.reasoning = { effort: chat.reasoning_effort };
  if (Array.isArray(chat.tools)) {
    // Responses makes an omitted `strict` strict: say it, as `responses/require-explicit-strict` asks.
    request.tools = (chat.tools as Json[]).map((tool) => {
      const fn = tool.function as Json;
      if (tool.type !== 'function') return { type: 'custom', ...(tool.custom as Json) };
      return { type: 'function', name: fn.name, description: fn.description, parameters: fn.parameters, strict: fn.strict === true };
    });
  }
  return request;
}

/** Where a Chat pointer lands in the body `chatToResponses` makes (undefined when it has no counterpart). */
export function chatPointerToResponses(pointer: string): string | undefined {
  const rules: Array<[RegExp, string]> = [
    [/^\/reasoning_effort$/, '/reasoning/effort'],
    [/^\/max_completion_tokens$/, '/max_output_tokens'],
    [/^\/verbosity$/, '/text/verbosity'],
    [/^\/response_format\/json_schema(\/.*)?$/, '/text/format$1'],
    [/^\/response_format(\/.*)?$/, '/text/format$1'],
    [/^\/tools\/(\d+)\/function(\/.*)?$/, '/tools/$1$2'],
    [/^\/tool_choice\/function\/name$/, '/tool_choice/name'],
    [
      /^\/(messages|n|seed|stop|logit_bias|logprobs|frequency_penalty|presence_penalty|audio|modalities|prediction|functions|function_call|web_search_options|max_tokens)(\/.*)?$/,
      '',
    ],
  ];
  for (const [pattern, replacement] of rules)
    if (pattern.test(pointer)) return replacement === '' ? undefined : pointer.replace(pattern, replacement);
  return pointer;
}

export function validResponsesRequest(models?: readonly string[]): fc.Arbitrary<GeneratedRequest> {
  return validChatRequest(models).map(({ request, model }) => ({ request: chatToResponses(request), model }));
}

export function chatToLangChain(chat: Json): Json {
  const model = chat.model as string;
  const options: Json = { model };
  const rename: Record<string, string> = {
    temperature: 'temperature',
    top_p: 'topP',
    frequency_penalty: 'frequencyPenalty',
    presence_penalty: 'presencePenalty',
    tools: 'tools',
    tool_choice: 'tool_choice',
    parallel_tool_calls: 'parallel_tool_calls',
    prompt_cache_key: 'promptCacheKey',
    stream: 'streaming',
  };
  for (const [wire, user] of Object.entries(rename)) if (chat[wire] !== undefined) options[user] = chat[wire];
  if (chat.stop !== undefined) options.stopSequences = typeof chat.stop === 'string' ? [chat.stop] : chat.stop;
  if (chat.stream_options !== undefined) options.stream_options = chat.stream_options;
  if (chat.reasoning_effort !== undefined) options.reasoning = { effort: chat.reasoning_effort };
  // LangChain sends `maxTokens` as the deprecated `max_tokens` to models it does not consider reasoning
  // models; a careful user avoids that, so only reasoning models get a token cap here.
  if (chat.max_completion_tokens !== undefined && langchainTreatsAsReasoningModel(model)) options.maxTokens = chat.max_completion_tokens;
  return options;
}

export function validLangChainOptions(models?: readonly string[]): fc.Arbitrary<GeneratedRequest> {
  return validChatRequest(models).map(({ request, model }) => ({ request: chatToLangChain(request), model }));
}
