import type { Api, JsonPatch } from '../../types.js';
import type { Problem } from '../../engine/report/problems.js';
import { chatToolsSchema } from '../../../schemas/chat-completions/tools.js';
import { responsesBuiltInToolTypes } from '../../../schemas/responses/tools.js';
import {
  LANGCHAIN_CHAT_KEYS_AFTER_MODEL_KWARGS,
  LANGCHAIN_CHAT_KEYS_OVERWRITTEN_AFTER_MODEL_KWARGS,
  LANGCHAIN_DROPPED_ON_RESPONSES,
  LANGCHAIN_RESPONSES_KEYS_AFTER_MODEL_KWARGS,
  LANGCHAIN_TOOL_CHOICE_MODES,
  LANGCHAIN_RESPONSES_MODEL_SUBSTRINGS,
  LANGCHAIN_RESPONSES_ONLY_OPTIONS,
  langchainTreatsAsReasoningModel,
} from './facts.js';
import { isRecord } from '../../json-value.js';
import { PointerMap, type PointerEntry } from './pointer-map.js';
import { toPointer } from '../../json-pointer.js';

type Options = Record<string, unknown>;

export interface LangChainMapping {
  api: Api;
  request: Record<string, unknown>;
  pointers: PointerMap;
  /** LangChain-specific findings, at the user's own keys. */
  findings: Problem[];
  /**
   * Top-level keys of `request` whose values the options schema has not checked the way the wire
   * schema would: values LangChain reshapes or merges into a shape nothing has checked, options whose
   * wire place is stricter (`maxTokens` → `max_output_tokens`, at least 16), `modelKwargs`. Every other
   * key holds an option copied as it is, whose schema accepts no value the wire schema rejects; a
   * constant of LangChain's own that the wire schema accepts; or a value reshaped from checked options
   * into a shape the wire schema accepts, as argued at its mapper (`reasoning_effort` from
   * `reasoning.effort`, `strict` set on checked Chat tools, a tool choice named by a string). The
   * copies and constants are tested in `test/dialects/langchain-wire-check.test.ts`, and the whole by
   * a property test against validating every request in full.
   */
  unchecked: string[];
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * Rebuilds the request `ChatOpenAI` would send for these options, following
 * `ChatOpenAI._useResponsesApi` and the `invocationParams` of `ChatOpenAICompletions` and
 * `ChatOpenAIResponses` (sources in `facts.ts`). Messages are not part of the options, so the wire
 * request carries none (rules about messages stay silent). `callOptions`: the top-level keys the
 * caller knows were written as call options (the `langchainCallOptions` lint option); for the others
 * the place is not known.
 */
export function mapLangChainOptions(options: Options, callOptions: readonly string[] = []): LangChainMapping {
  const pointers = new PointerMap();
  const request: Record<string, unknown> = {};
  const findings: Problem[] = [];
  const unchecked: string[] = [];

  const modelKey = options.model !== undefined ? 'model' : 'modelName';
  const model = typeof options[modelKey] === 'string' ? (options[modelKey] as string) : undefined;
  const facts = model === undefined ? undefined : modelFacts(model);
  const route = responsesRoute(options, model, facts?.prefersResponses === true);
  const api: Api = route === undefined ? 'chat.completions' : 'responses';

  // Options copied as they are, in the order the user wrote them (read inside `for...in`, where
  // reading a key of an object of any shape is fast).
  const copies = COPIES[api];
  for (const option in options) {
    const copy = copies.get(option);
    if (copy !== undefined && (copy.unless === undefined || options[copy.unless] === undefined))
      putCopy(copy, options[option], request, pointers, unchecked);
  }
  if (options.disableStreaming === true && request.stream === true) {
    // `disableStreaming` wins over `streaming` in the constructor.
    request.stream = false;
    pointers.setWhole('/stream', '/disableStreaming');
  }
  if (route !== undefined) {
    findings.push({
      ruleId: 'langchain/uses-responses-api',
      message: `LangChain sends this call to the Responses API because ${route.reason}; Responses rules apply and Chat-only options are dropped.`,
      path: route.path,
      target: 'key',
    });
  }

  const reasoningModel = facts?.reasoning === true;
  const reasoning = mergedReasoning(options);
  const effortFinding = reasoningEffortFinding(options, model, reasoningModel, callOptions.includes('reasoningEffort'));
  if (effortFinding !== undefined) findings.push(effortFinding);
  // `reasoningEffort` alone has its own finding, above.
  if (reasoning?.key === 'reasoning' && model !== undefined && !reasoningModel) {
    findings.push({
      ruleId: 'langchain/no-dropped-options',
      message: `LangChain drops \`${reasoning.key}\` without a word because it does not treat \`${model}\` as a reasoning model; remove it, or use a reasoning model.`,
      path: `/${reasoning.key}`,
      target: 'key',
    });
  }

  const maxTokensKey = options.maxCompletionTokens !== undefined ? 'maxCompletionTokens' : 'maxTokens';
  const maxTokens = options[maxTokensKey] === -1 ? undefined : options[maxTokensKey];

  if (api === 'chat.completions') {
    if (maxTokens !== undefined)
      putCopy(
        MAX_TOKENS_COPIES[reasoningModel ? 'max_completion_tokens' : 'max_tokens'][maxTokensKey],
        maxTokens,
        request,
        pointers,
        unchecked,
      );
    if (options.stream_options === undefined && streams(options) && options.streamUsage !== false) {
      // Always this value, which a test checks against the wire schema once. A copy: the request's
      // values may end up in fixes applied to the user's document.
      request.stream_options = { ...STREAM_USAGE };
      pointers.setWhole('/stream_options', '/streaming');
    }
    if (reasoning !== undefined && reasoningModel && isSet(reasoning.value.effort)) {
      request.reasoning_effort = reasoning.value.effort;
      // At the key the effort came from: `reasoningEffort` when it was merged in.
      pointers.set('/reasoning_effort', reasoning.key === 'reasoning' && !reasoning.merged ? '/reasoning/effort' : '/reasoningEffort');
      if (reasoning.merged) unchecked.push('reasoning_effort');
    }
    if (mapChatTools(options, request, pointers)) unchecked.push('tools');
    if (mapChatToolChoice(options, request, pointers)) unchecked.push('tool_choice');
  } else {
    if (maxTokens !== undefined) putCopy(MAX_TOKENS_COPIES.max_output_tokens[maxTokensKey], maxTokens, request, pointers, unchecked);
    if (options.zdrEnabled === true) {
      request.store = false;
      pointers.setWhole('/store', '/zdrEnabled');
    }
    if (mapResponsesText(options, request, pointers)) unchecked.push('text');
    // Tools and the tool choice are reshaped, and a Chat-shaped tool the options schema let through
    // is passed on as it is: the Responses schema has its say on all of them.
    if (mapResponsesTools(options, request, pointers)) unchecked.push('tools');
    if (mapResponsesToolChoice(options, request, pointers, findings)) unchecked.push('tool_choice');
    if (reasoning !== undefined && reasoningModel) {
      request.reasoning = reasoning.value;
      pointers.set('/reasoning', `/${reasoning.key}`);
      if (reasoning.key === 'reasoningEffort' || reasoning.merged) pointers.set('/reasoning/effort', '/reasoningEffort');
      if (reasoning.merged) unchecked.push('reasoning');
    }
    // In the user's order, as the copies are made.
    for (const option in options) {
      const why = DROPPED_ON_RESPONSES.get(option);
      if (why === undefined || !isSet(options[option])) continue;
      findings.push({
        ruleId: 'langchain/no-dropped-options',
        message: `LangChain drops \`${option}\` without a word on the Responses API (${why}); remove it.`,
        path: `/${option}`,
        target: 'key',
      });
    }
  }

  // `modelKwargs` are spread into the request, but LangChain writes some keys after them.
  if (isRecord(options.modelKwargs)) {
    const writtenAfter = api === 'chat.completions' ? LANGCHAIN_CHAT_KEYS_AFTER_MODEL_KWARGS : LANGCHAIN_RESPONSES_KEYS_AFTER_MODEL_KWARGS;
    const overwritten =
      api === 'chat.completions'
        ? [...LANGCHAIN_CHAT_KEYS_OVERWRITTEN_AFTER_MODEL_KWARGS, reasoningModel ? 'max_completion_tokens' : 'max_tokens']
        : [];
    for (const [key, value] of Object.entries(options.modelKwargs)) {
      if (writtenAfter.includes(key) && request[key] !== undefined) continue;
      if (overwritten.includes(key)) {
        if (request[key] === undefined)
          findings.push({
            ruleId: 'langchain/no-dropped-options',
            message: `LangChain drops \`modelKwargs.${key}\` without a word on Chat Completions (it writes \`${key}\` from its own option afterwards); ${MODEL_KWARGS_OVERWRITTEN_FIX[key] ?? 'use the option instead'}.`,
            path: `/modelKwargs/${key}`,
            target: 'key',
          });
        continue;
      }
      request[key] = value;
      pointers.set(`/${key}`, `/modelKwargs/${key}`);
      // Sent as written, and nothing checked them.
      unchecked.push(key);
    }
  }
  return { api, request, pointers, findings, unchecked };
}

const DROPPED_ON_RESPONSES: ReadonlyMap<string, string> = new Map(Object.entries(LANGCHAIN_DROPPED_ON_RESPONSES));

/** What to write instead of a `modelKwargs` key LangChain overwrites on Chat Completions. */
const MODEL_KWARGS_OVERWRITTEN_FIX: Readonly<Record<string, string>> = {
  verbosity: 'set `verbosity` instead',
  max_tokens: 'set `maxTokens` instead',
  max_completion_tokens: 'set `maxTokens` instead',
};

/** Sends an option's own value under its wire name (a function of its own: this runs for every option of every call). */
function putCopy(copy: Copy, value: unknown, request: Options, pointers: PointerMap, unchecked: string[]): void {
  if (value === undefined) return;
  request[copy.wireKey] = value;
  pointers.add(copy.pointers);
  if (copy.wireIsStricter) unchecked.push(copy.wireKey);
}

/** Whether the call streams: `streaming`, unless `disableStreaming` (which also turns `streamUsage` off). */
function streams(options: Options): boolean {
  return options.streaming === true && options.disableStreaming !== true;
}

/** What LangChain sends as `stream_options` when streaming with usage (each request gets a copy). */
export const STREAM_USAGE: Readonly<Record<string, unknown>> = Object.freeze({ include_usage: true });

/** An option LangChain copies into the request as it is, under `wireKey`. */
interface Copy {
  wireKey: string;
  /** Wire pointer → option pointer. */
  pointers: PointerEntry;
  /** The option is skipped when this one is set (it is an older spelling of it). */
  unless?: string;
  /** The wire schema rejects some values the option's schema accepts (see `STRICTER_ON_THE_WIRE`). */
  wireIsStricter: boolean;
}

/**
 * Options copied as they are (`[wire key, option]`) on a call to each API, as `invocationParams` reads
 * them. `modelName` and `stopSequences` are older spellings, used only when the newer one is absent.
 */
export const COPIED: Readonly<Record<Api, ReadonlyArray<readonly [wireKey: string, option: string, unless?: string]>>> = (() => {
  const both = [
    ['model', 'model'],
    ['model', 'modelName', 'model'],
    ['temperature', 'temperature'],
    ['top_p', 'topP'],
    ['user', 'user'],
    ['stream', 'streaming'],
    ['parallel_tool_calls', 'parallel_tool_calls'],
    ['prompt_cache_key', 'promptCacheKey'],
    ['prompt_cache_retention', 'promptCacheRetention'],
    ['prompt_cache_options', 'promptCacheOptions'],
  ] as const;
  return {
    'chat.completions': [
      ...both,
      ['frequency_penalty', 'frequencyPenalty'],
      ['presence_penalty', 'presencePenalty'],
      ['logprobs', 'logprobs'],
      ['top_logprobs', 'topLogprobs'],
      ['n', 'n'],
      ['logit_bias', 'logitBias'],
      ['stop', 'stop'],
      ['stop', 'stopSequences', 'stop'],
      ['seed', 'seed'],
      ['response_format', 'response_format'],
      ['audio', 'audio'],
      ['modalities', 'modalities'],
      ['prediction', 'prediction'],
      ['verbosity', 'verbosity'],
      ['service_tier', 'service_tier'],
      ['stream_options', 'stream_options'],
    ],
    responses: [...both, ['previous_response_id', 'previous_response_id'], ['truncation', 'truncation'], ['include', 'include']],
  };
})();

/**
 * Wire keys, per API, whose schema rejects values the copied option's schema accepts: a `seed` beyond
 * 64 bits, a `previous_response_id` outside the id pattern, a Responses token cap under 16. Every
 * other copied option's schema is its wire schema or narrows it (no `null`), so a value the options
 * schema passed needs no second look; `test/dialects/langchain-wire-check.test.ts` holds this list to
 * the schemas.
 */
export const STRICTER_ON_THE_WIRE: Readonly<Record<Api, readonly string[]>> = {
  'chat.completions': ['seed'],
  responses: ['previous_response_id', 'max_output_tokens'],
};

/** How `option` is copied to `wireKey` on a call to `api`: its pointers, and whether the wire is stricter. */
function copyOf(api: Api, wireKey: string, option: string, unless?: string): Copy {
  return {
    wireKey,
    pointers: [toPointer([wireKey]), toPointer([option]), false],
    wireIsStricter: STRICTER_ON_THE_WIRE[api].includes(wireKey),
    ...(unless === undefined ? {} : { unless }),
  };
}

/** Per API, option → how it is copied. */
const COPIES: Readonly<Record<Api, ReadonlyMap<string, Copy>>> = {
  'chat.completions': copiesOf('chat.completions'),
  responses: copiesOf('responses'),
};

function copiesOf(api: Api): ReadonlyMap<string, Copy> {
  return new Map(COPIED[api].map(([wireKey, option, unless]) => [option, copyOf(api, wireKey, option, unless)]));
}

/** Where `maxTokens` (or its alias `maxCompletionTokens`) goes depends on the API and the model. */
const MAX_TOKENS_COPIES = Object.fromEntries(
  (
    [
      ['chat.completions', 'max_tokens'],
      ['chat.completions', 'max_completion_tokens'],
      ['responses', 'max_output_tokens'],
    ] as const
  ).map(([api, wireKey]) => [
    wireKey,
    { maxTokens: copyOf(api, wireKey, 'maxTokens'), maxCompletionTokens: copyOf(api, wireKey, 'maxCompletionTokens') },
  ]),
) as Record<'max_tokens' | 'max_completion_tokens' | 'max_output_tokens', Record<'maxTokens' | 'maxCompletionTokens', Copy>>;

function responsesRoute(
  options: Options,
  model: string | undefined,
  modelPrefersResponses: boolean,
): { reason: string; path: string } | undefined {
  if (options.useResponsesApi === true) return { reason: '`useResponsesApi` is true', path: '/useResponsesApi' };
  if (options.useWebSocket === true) return { reason: '`useWebSocket` is true', path: '/useWebSocket' };
  const tool = firstResponsesOnlyTool(options.tools);
  if (tool !== undefined)
    return {
      reason: `\`tools[${tool.index}]\` is ${tool.type === 'custom' ? 'a custom tool' : `a built-in tool (\`${tool.type}\`)`}`,
      path: `/tools/${tool.index}`,
    };
  for (const key of LANGCHAIN_RESPONSES_ONLY_OPTIONS) if (isSet(options[key])) return { reason: `\`${key}\` is set`, path: `/${key}` };
  if (isRecord(options.reasoning) && isSet(options.reasoning.summary))
    return { reason: '`reasoning.summary` is set', path: '/reasoning/summary' };
  if (modelPrefersResponses)
    return { reason: `LangChain always uses it for models like \`${model}\``, path: options.model !== undefined ? '/model' : '/modelName' };
  return undefined;
}

const BUILT_IN_TOOL_TYPES: ReadonlySet<unknown> = new Set(responsesBuiltInToolTypes);

/** The first built-in tool, else the first custom tool: either sends the call to Responses. */
function firstResponsesOnlyTool(tools: unknown): { index: number; type: string } | undefined {
  if (!Array.isArray(tools)) return undefined;
  let custom: number | undefined;
  for (let index = 0; index < tools.length; index++) {
    const tool: unknown = tools[index];
    if (!isRecord(tool)) continue;
    if (BUILT_IN_TOOL_TYPES.has(tool.type)) return { index, type: String(tool.type) };
    if (tool.type === 'custom' && custom === undefined) custom = index;
  }
  return custom === undefined ? undefined : { index: custom, type: 'custom' };
}

/** What LangChain decides from the model id alone. */
function modelFacts(model: string): { reasoning: boolean; prefersResponses: boolean } {
  return {
    reasoning: langchainTreatsAsReasoningModel(model),
    prefersResponses: LANGCHAIN_RESPONSES_MODEL_SUBSTRINGS.some((part) => model.includes(part)),
  };
}

/**
 * `reasoning` wins; the deprecated `reasoningEffort` is merged into `reasoning.effort` (api-facts §6).
 * `merged`: the value holds `reasoningEffort` under `reasoning`, where the options schema did not check it.
 */
function mergedReasoning(options: Options): { key: 'reasoning' | 'reasoningEffort'; value: Options; merged: boolean } | undefined {
  if (isRecord(options.reasoning)) {
    const merged = isSet(options.reasoningEffort) && !isSet(options.reasoning.effort);
    return { key: 'reasoning', value: { ...options.reasoning, ...(merged ? { effort: options.reasoningEffort } : {}) }, merged };
  }
  if (isSet(options.reasoningEffort)) return { key: 'reasoningEffort', value: { effort: options.reasoningEffort }, merged: false };
  return undefined;
}

/**
 * `reasoningEffort` is a deprecated call option that `BaseChatOpenAI` reads only from the call
 * (`_getReasoningParams(options)`, see `LANGCHAIN_CALL_ONLY_OPTIONS`): given to the constructor it is
 * dropped on every model. It is also dropped when `reasoning.effort` is set (which wins, from either
 * place) and when LangChain does not treat the model as a reasoning model. `inCall`: the caller knows
 * it was written in a call, so it is sent in the remaining case. Otherwise one options object cannot
 * say which place it is in, and the finding says what holds in both: `reasoning: { effort }` is read
 * in both places.
 */
function reasoningEffortFinding(
  options: Options,
  model: string | undefined,
  reasoningModel: boolean,
  inCall: boolean,
): Problem | undefined {
  const effort = options.reasoningEffort;
  if (!isSet(effort)) return undefined;
  const path = '/reasoningEffort';
  const finding = (message: string, suggestion: { message: string; fix: JsonPatch }): Problem => ({
    ruleId: 'langchain/no-dropped-options',
    message,
    path,
    target: 'key',
    suggestions: [suggestion],
  });
  const remove = { message: 'Remove `reasoningEffort`.', fix: [{ op: 'remove', path }] as JsonPatch };
  if (isRecord(options.reasoning) && isSet(options.reasoning.effort))
    return finding('LangChain drops `reasoningEffort` without a word when `reasoning.effort` is set, which wins; remove it.', remove);
  if (model !== undefined && !reasoningModel)
    return finding(
      inCall
        ? `LangChain drops \`reasoningEffort\` without a word because it does not treat \`${model}\` as a reasoning model; remove it, or use a reasoning model.`
        : `LangChain drops \`reasoningEffort\` without a word: as a call option because it does not treat \`${model}\` as a reasoning model, and as a \`ChatOpenAI\` constructor field on any model; remove it.`,
      remove,
    );
  // Sent from a call; its deprecation (`@deprecated` in 1.6.0's types) is TypeScript's to show there.
  if (inCall) return undefined;
  const moved: JsonPatch = isRecord(options.reasoning)
    ? [{ op: 'add', path: '/reasoning/effort', value: effort }]
    : [{ op: 'add', path: '/reasoning', value: { effort } }];
  return finding(
    `LangChain reads the deprecated \`reasoningEffort\` only as a call option and drops it without a word as a \`ChatOpenAI\` constructor field; write \`reasoning: { effort: ${JSON.stringify(effort)} }\`, which it reads in both places.`,
    { message: 'Move it to `reasoning.effort`.', fix: [{ op: 'remove', path }, ...moved] },
  );
}

/** The explicit `strict` call option wins, else `supportsStrictToolCalling`. */
function strictOption(options: Options): { value: boolean; key: string } | undefined {
  if (typeof options.strict === 'boolean') return { value: options.strict, key: 'strict' };
  if (typeof options.supportsStrictToolCalling === 'boolean')
    return { value: options.supportsStrictToolCalling, key: 'supportsStrictToolCalling' };
  return undefined;
}

/**
 * The mappers below put their part of the request in place and return whether the wire schema must
 * check it (`true`: it goes on the `unchecked` list), each saying why the other case needs no check.
 */

/**
 * Maps the tools: LangChain sets `strict` on each function tool when the options say so. No check is
 * needed when the options schema has checked them as Chat Completions would: it checks each tool
 * against Chat's tool schema or any Responses tool's, and no Responses tool has a `function` object
 * (they are closed), so a function tool with one matched Chat's own schema, which a boolean `strict`
 * keeps valid. Only the list's length is left to check.
 */
function mapChatTools(options: Options, request: Options, pointers: PointerMap): boolean {
  if (!Array.isArray(options.tools) || options.tools.length === 0) return false;
  let strict = strictOption(options);
  // A non-streaming call with a json_schema response_format goes through `.parse()`, which needs strict tools.
  if (strict === undefined && !streams(options) && isRecord(options.response_format) && options.response_format.type === 'json_schema') {
    strict = { value: true, key: 'response_format' };
  }
  pointers.set('/tools', '/tools');
  let needsCheck = options.tools.length > chatToolsSchema.maxItems;
  request.tools = options.tools.map((tool, index) => {
    if (!isRecord(tool) || tool.type !== 'function' || !isRecord(tool.function)) {
      needsCheck = true;
      return tool;
    }
    if (strict === undefined) return tool;
    pointers.set(`/tools/${index}/function/strict`, `/${strict.key}`);
    return { ...tool, function: { ...tool.function, strict: strict.value } };
  });
  return needsCheck;
}

/**
 * No check when what it sends is valid whatever the option held: a mode, or a function named by a
 * string. A choice object is sent as it is, and the options schema also accepts Responses-shaped ones.
 */
function mapChatToolChoice(options: Options, request: Options, pointers: PointerMap): boolean {
  const choice = options.tool_choice;
  // `formatToOpenAIToolChoice`: an empty choice is none at all, `any` means `required`, a bare name means "call this function".
  // No choice sends no `tool_choice` key (an undefined one would let rules think it is there).
  if (choice === undefined || choice === null || choice === '' || choice === false) return false;
  pointers.set('/tool_choice', '/tool_choice');
  if (typeof choice !== 'string') request.tool_choice = choice;
  else request.tool_choice = LANGCHAIN_TOOL_CHOICE_MODES[choice] ?? { type: 'function', function: { name: choice } };
  return typeof choice !== 'string';
}

/** Any tools it sends are checked: they are reshaped, or passed on as the options schema let them through. */
function mapResponsesTools(options: Options, request: Options, pointers: PointerMap): boolean {
  if (!Array.isArray(options.tools) || options.tools.length === 0) return false;
  const strict = strictOption(options);
  pointers.set('/tools', '/tools');
  const streaming = streams(options);
  request.tools = options.tools.map((tool, index) => {
    // `_reduceChatOpenAITools` asks a streamed image generation for one partial image.
    if (streaming && isRecord(tool) && tool.type === 'image_generation') {
      pointers.set(`/tools/${index}/partial_images`, '/streaming');
      return { ...tool, partial_images: 1 };
    }
    if (!isRecord(tool) || tool.type !== 'function' || !isRecord(tool.function)) return tool;
    // `_reduceChatOpenAITools`: Chat-shaped function tools are flattened; `strict` is the option or null.
    const fn = tool.function;
    const base = `/tools/${index}`;
    for (const key of ['name', 'parameters', 'description']) pointers.set(`${base}/${key}`, `${base}/function/${key}`);
    pointers.set(`${base}/strict`, strict === undefined ? undefined : `/${strict.key}`);
    return { type: 'function', name: fn.name, parameters: fn.parameters, description: fn.description, strict: strict?.value ?? null };
  });
  return true;
}

/** Any tool choice it sends is checked. */
function mapResponsesToolChoice(options: Options, request: Options, pointers: PointerMap, findings: Problem[]): boolean {
  const choice = options.tool_choice;
  if (choice === undefined || choice === null || choice === '' || choice === false) return false;
  if (typeof choice === 'string' && choice in LANGCHAIN_TOOL_CHOICE_MODES) {
    // `ChatOpenAIResponses.invocationParams` keeps only object tool choices: the mode never reaches
    // the API, which then applies its default, `auto`.
    if (choice !== 'auto')
      findings.push({
        ruleId: 'langchain/no-dropped-options',
        message: `LangChain drops \`tool_choice: "${choice}"\` without a word on the Responses API (it forwards only a tool name or a tool choice object), so the model ${choice === 'none' ? 'may still call tools' : 'may answer without calling a tool'}; remove it, or name the tool.`,
        path: '/tool_choice',
        target: 'value',
      });
    return false;
  }
  pointers.set('/tool_choice', '/tool_choice');
  if (typeof choice === 'string') request.tool_choice = { type: 'function', name: choice };
  else if (isRecord(choice) && choice.type === 'function' && isRecord(choice.function)) {
    request.tool_choice = { type: 'function', name: choice.function.name };
    pointers.set('/tool_choice/name', '/tool_choice/function/name');
  } else request.tool_choice = choice;
  return true;
}

/**
 * `text` wins; otherwise `text` is made from `response_format` (json_schema flattened) and
 * `verbosity`, and sent even when both are unset (as `{}`). A json_schema format without a schema
 * sends no `text` at all, dropping `verbosity` with it. No check for the `text` option as it is (the
 * same schema) or the `{}` of neither.
 */
function mapResponsesText(options: Options, request: Options, pointers: PointerMap): boolean {
  if (isRecord(options.text)) {
    request.text = options.text;
    pointers.set('/text', '/text');
    return false;
  }
  const format = options.response_format;
  const text: Options = {};
  if (isRecord(format)) {
    if (format.type === 'json_schema' && isRecord(format.json_schema)) {
      const inner = format.json_schema;
      if (!isSet(inner.schema)) return false;
      text.format = { type: 'json_schema', schema: inner.schema, description: inner.description, name: inner.name, strict: inner.strict };
      pointers.set('/text/format', '/response_format');
      for (const key of ['schema', 'description', 'name', 'strict'])
        pointers.set(`/text/format/${key}`, `/response_format/json_schema/${key}`);
    } else {
      text.format = format;
      pointers.set('/text/format', '/response_format');
    }
  }
  if (options.verbosity !== undefined) {
    text.verbosity = options.verbosity;
    pointers.set('/text/verbosity', '/verbosity');
  }
  const empty = text.format === undefined && text.verbosity === undefined;
  // Drop undefined keys, as JSON.stringify on the wire does (the common `{}` needs no round trip).
  request.text = empty ? {} : (JSON.parse(JSON.stringify(text)) as Options);
  pointers.set('/text', undefined);
  return !empty;
}
