import fc from 'fast-check';
import { responsesIncludeValues } from '../../schemas/responses/request.js';

/**
 * How a user configures `ChatOpenAI` (`@langchain/openai`): constructor fields and the call options
 * given to `invoke`. reqlint reads both as one options object; this generator keeps them apart, so a
 * test can hand each to the real library in its own place. Every option of reqlint's LangChain
 * options schema is generated (client settings aside), with values the schema accepts.
 */
export interface LangChainCall {
  fields: Record<string, unknown>;
  callOptions: Record<string, unknown>;
}

type Place = 'field' | 'call';

/** Models of every family LangChain treats differently (reasoning or not, Responses-preferring, chat variants, fine-tunes). */
export const LANGCHAIN_TEST_MODELS = [
  'gpt-3.5-turbo',
  'gpt-4',
  'gpt-4-turbo',
  'gpt-4o',
  'gpt-4o-mini',
  'chatgpt-4o-latest',
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4.1-nano',
  'gpt-4o-audio-preview',
  'gpt-4o-mini-search-preview',
  'o1',
  'o1-mini',
  'o3',
  'o3-mini',
  'o3-pro',
  'o4-mini',
  'gpt-5',
  'gpt-5-mini',
  'gpt-5-nano',
  'gpt-5-chat-latest',
  'gpt-5.1',
  'gpt-5.1-codex',
  'gpt-5.2',
  'gpt-5.2-pro',
  'gpt-5.4-pro',
  'gpt-5.5',
  'gpt-5.6',
  'gpt-6',
  'gpt-6-chat',
  'codex-mini-latest',
  'ft:gpt-4o-mini-2024-07-18:acme::abc123',
] as const;

const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const efforts = fc.constantFrom('none', 'minimal', 'low', 'medium', 'high', 'xhigh');
const objectSchema = fc.constantFrom<Record<string, unknown>>(
  { type: 'object', properties: {}, additionalProperties: false },
  { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
);

const functionTool = (index: number) =>
  fc
    .record({ description: word, strict: fc.boolean(), parameters: objectSchema }, { requiredKeys: ['parameters'] })
    .map(({ strict, ...fn }) => ({
      type: 'function',
      function: { name: `f${index}`, ...fn, ...(strict === undefined ? {} : { strict }) },
    }));

/** Tools that send the call to the Responses API (built-in and custom tools). */
const responsesOnlyTool = fc.constantFrom<Record<string, unknown>>(
  { type: 'web_search' },
  { type: 'image_generation' },
  { type: 'custom', name: 'c0', description: 'free text' },
  { type: 'file_search', vector_store_ids: ['vs_1'] },
);

const tools = fc
  .tuple(
    fc.integer({ min: 1, max: 2 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => functionTool(index)))),
    fc.option(responsesOnlyTool, { freq: 6, nil: undefined }),
  )
  .map(([fns, extra]) => (extra === undefined ? fns : [...fns, extra]));

const responseFormat = fc.oneof(
  fc.constant({ type: 'text' }),
  fc.constant({ type: 'json_object' }),
  fc
    .record({ name: word, schema: objectSchema, strict: fc.boolean(), description: word }, { requiredKeys: ['name', 'schema'] })
    .map((json_schema) => ({ type: 'json_schema', json_schema })),
);

/** How often an option is set: most options often, the ones that reroute to Responses rarely, so both APIs get their share. */
const OFTEN = 3;
const RARELY = 1;

/** Each option: where LangChain reads it (constructor field or call option), its values, how often it is set. */
const OPTIONS: ReadonlyArray<readonly [key: string, place: Place, value: fc.Arbitrary<unknown>, weight: number]> = [
  ['temperature', 'field', tenths(0, 2), OFTEN],
  ['topP', 'field', tenths(0, 1), OFTEN],
  ['frequencyPenalty', 'field', tenths(-2, 2), OFTEN],
  ['presencePenalty', 'field', tenths(-2, 2), OFTEN],
  ['n', 'field', fc.integer({ min: 1, max: 4 }), OFTEN],
  [
    'logitBias',
    'field',
    fc.dictionary(fc.integer({ min: 0, max: 100_000 }).map(String), fc.integer({ min: -100, max: 100 }), { maxKeys: 2 }),
    OFTEN,
  ],
  ['logprobs', 'field', fc.boolean(), OFTEN],
  ['topLogprobs', 'field', fc.integer({ min: 0, max: 20 }), OFTEN],
  ['maxTokens', 'field', fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 100_000 })), OFTEN],
  ['maxCompletionTokens', 'field', fc.integer({ min: 1, max: 100_000 }), RARELY],
  ['stopSequences', 'field', fc.array(word, { minLength: 1, maxLength: 4 }), OFTEN],
  ['stop', 'call', fc.array(word, { minLength: 1, maxLength: 4 }), OFTEN],
  ['seed', 'call', fc.integer({ min: 0, max: 1_000_000 }), OFTEN],
  ['user', 'field', word, OFTEN],
  ['verbosity', 'call', fc.constantFrom('low', 'medium', 'high'), OFTEN],
  // `summary` sends the call to Responses: set it rarely.
  [
    'reasoning',
    'field',
    fc.record(
      { effort: efforts, summary: fc.option(fc.constantFrom('auto', 'concise', 'detailed'), { freq: 5, nil: undefined }) },
      { requiredKeys: [] },
    ),
    OFTEN,
  ],
  ['reasoningEffort', 'call', efforts, OFTEN],
  ['response_format', 'call', responseFormat, OFTEN],
  [
    'text',
    'call',
    fc.constantFrom({ format: { type: 'text' } }, { verbosity: 'low' }, { format: { type: 'json_object' }, verbosity: 'high' }),
    RARELY,
  ],
  ['modalities', 'field', fc.constantFrom(['text'], ['text', 'audio']), OFTEN],
  ['audio', 'call', fc.record({ voice: fc.constantFrom('alloy', 'verse'), format: fc.constantFrom('wav', 'mp3', 'pcm16') }), OFTEN],
  ['prediction', 'call', word.map((content) => ({ type: 'content', content })), OFTEN],
  ['tools', 'call', tools, OFTEN],
  ['tool_choice', 'call', fc.constantFrom('auto', 'none', 'required', 'any', 'f0', { type: 'function', function: { name: 'f0' } }), OFTEN],
  ['parallel_tool_calls', 'call', fc.boolean(), OFTEN],
  ['strict', 'call', fc.boolean(), OFTEN],
  ['supportsStrictToolCalling', 'field', fc.boolean(), OFTEN],
  ['previous_response_id', 'call', fc.constant('resp_123'), RARELY],
  ['truncation', 'call', fc.constantFrom('auto', 'disabled'), RARELY],
  ['include', 'call', fc.subarray([...responsesIncludeValues], { minLength: 1, maxLength: 2 }), RARELY],
  ['streaming', 'field', fc.boolean(), OFTEN],
  ['streamUsage', 'field', fc.boolean(), OFTEN],
  ['disableStreaming', 'field', fc.boolean(), RARELY],
  ['stream_options', 'call', fc.record({ include_usage: fc.boolean() }), OFTEN],
  ['service_tier', 'call', fc.constantFrom('auto', 'default', 'flex', 'priority'), OFTEN],
  ['promptCacheKey', 'call', word, OFTEN],
  ['promptCacheRetention', 'call', fc.constantFrom('in_memory', '24h'), OFTEN],
  [
    'promptCacheOptions',
    'call',
    fc.record({ ttl: fc.constant('30m'), mode: fc.constantFrom('implicit', 'explicit') }, { requiredKeys: [] }),
    OFTEN,
  ],
  ['promptIndex', 'call', fc.integer({ min: 0, max: 5 }), OFTEN],
  // Keys LangChain also writes itself (`verbosity`, `max_tokens`, `prompt_cache_key`, `seed`) test who wins.
  [
    'modelKwargs',
    'field',
    fc
      .dictionary(
        fc.constantFrom(
          'metadata',
          'store',
          'safety_identifier',
          'verbosity',
          'max_tokens',
          'max_completion_tokens',
          'prompt_cache_key',
          'prompt_cache_options',
          'seed',
        ),
        fc.constant(null),
        { maxKeys: 3 },
      )
      .map(modelKwargsValues),
    OFTEN,
  ],
  ['zdrEnabled', 'field', fc.boolean(), OFTEN],
  ['useResponsesApi', 'field', fc.boolean(), RARELY],
];

function modelKwargsValues(keys: Record<string, null>): Record<string, unknown> {
  const values: Record<string, unknown> = {
    metadata: { team: 'a' },
    store: false,
    safety_identifier: 'user-1',
    verbosity: 'low',
    max_tokens: 77,
    max_completion_tokens: 78,
    prompt_cache_key: 'from-kwargs',
    prompt_cache_options: { mode: 'explicit' },
    seed: 9,
  };
  return Object.fromEntries(Object.keys(keys).map((key) => [key, values[key]]));
}

/** The options the generator sets (besides `model` / `modelName`). */
export const GENERATED_OPTIONS: readonly string[] = OPTIONS.map(([key]) => key);

/** Present with probability weight/10. */
const sometimes = (value: fc.Arbitrary<unknown>, weight: number) =>
  fc.oneof({ weight: 10 - weight, arbitrary: fc.constant(undefined) }, { weight, arbitrary: value });

/** A `ChatOpenAI` configuration and one call's options. */
export function langChainCall(): fc.Arbitrary<LangChainCall> {
  const model = fc.record({ id: fc.constantFrom(...LANGCHAIN_TEST_MODELS), alias: fc.boolean() });
  const options = fc.tuple(...OPTIONS.map(([, , value, weight]) => sometimes(value, weight)));
  return fc.tuple(model, options).map(([{ id, alias }, values]) => {
    const fields: Record<string, unknown> = { [alias ? 'modelName' : 'model']: id };
    const callOptions: Record<string, unknown> = {};
    OPTIONS.forEach(([key, place], index) => {
      const value = values[index];
      if (value !== undefined) (place === 'field' ? fields : callOptions)[key] = value;
    });
    return { fields, callOptions };
  });
}
