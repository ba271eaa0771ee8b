/**
 * The `POST /v1/chat/completions` request body (spec `CreateChatCompletionRequest`, which is
 * allOf `CreateModelResponseProperties` → `ModelResponseProperties` plus its own properties; the
 * inherited ones are flattened in here). Deliberate differences from the spec are listed, with
 * reasons, in `../conformance-exceptions.ts`, and a conformance test keeps the two in step.
 */
import {
  metadataSchema,
  moderationSchema,
  promptCacheKeySchema,
  promptCacheOptionsSchema,
  promptCacheRetentionSchema,
  reasoningEffortSchema,
  safetyIdentifierSchema,
  serviceTierSchema,
  stopSchema,
  temperatureSchema,
  topLogprobsSchema,
  topPSchema,
  userSchema,
  verbositySchema,
} from '../shared.js';
import { chatAudioOutputSchema, chatModalitiesSchema } from './audio.js';
import { chatLegacyFunctionCallSchema, chatLegacyFunctionsSchema } from './legacy-functions.js';
import { chatMessageSchema } from './messages.js';
import { chatPredictionSchema, chatStreamOptionsSchema, chatWebSearchOptionsSchema } from './options.js';
import { chatResponseFormatSchema } from './response-format.js';
import { chatToolChoiceSchema } from './tool-choice.js';
import { chatToolsSchema } from './tools.js';

/** int64 bounds as the spec writes them (doubles: ±2^63); only integers in the safe range are exact. */
const int64Bound = 2 ** 63;

export const chatCompletionRequestSchema = {
  type: 'object',
  title: 'Chat Completions request',
  description: 'The body of a `POST /v1/chat/completions` request.',
  properties: {
    model: {
      type: 'string',
      description: 'The model id, e.g. `gpt-4o` or `o3`; fine-tuned `ft:` ids are accepted too.',
    },
    messages: {
      type: 'array',
      minItems: 1,
      items: chatMessageSchema,
      description: 'The conversation so far, oldest first; at least one message.',
    },

    // Output shape and length
    response_format: chatResponseFormatSchema,
    max_completion_tokens: {
      type: ['integer', 'null'],
      description: 'Upper bound on generated tokens, counting visible output and reasoning tokens.',
    },
    max_tokens: {
      type: ['integer', 'null'],
      deprecated: true,
      description: 'Deprecated cap on generated tokens; use `max_completion_tokens` (reasoning models reject this).',
    },
    n: {
      type: ['integer', 'null'],
      minimum: 1,
      maximum: 128,
      default: 1,
      description: 'How many choices (1 to 128) to generate; every choice is billed.',
    },
    stop: stopSchema,
    modalities: chatModalitiesSchema,
    audio: chatAudioOutputSchema,
    prediction: chatPredictionSchema,
    verbosity: verbositySchema,

    // Sampling
    temperature: temperatureSchema,
    top_p: topPSchema,
    frequency_penalty: {
      type: ['number', 'null'],
      minimum: -2,
      maximum: 2,
      default: 0,
      description: 'From -2 to 2; positive values penalise tokens by how often they already appeared, reducing repetition.',
    },
    presence_penalty: {
      type: ['number', 'null'],
      minimum: -2,
      maximum: 2,
      default: 0,
      description: 'From -2 to 2; positive values penalise tokens that already appeared, encouraging new topics.',
    },
    logit_bias: {
      type: ['object', 'null'],
      description: 'Maps token ids to a bias from -100 (ban) to 100 (force) added before sampling.',
      // The -100…100 range is stated in the spec's prose only; encoded here so it is checked.
      additionalProperties: { type: 'integer', minimum: -100, maximum: 100 },
    },
    logprobs: {
      type: ['boolean', 'null'],
      default: false,
      description: 'Whether to return log probabilities of the output tokens.',
    },
    top_logprobs: {
      ...topLogprobsSchema,
      description: 'How many most likely tokens (0 to 20) to return at each position; needs `logprobs: true`.',
    },
    seed: {
      type: ['integer', 'null'],
      minimum: -int64Bound,
      maximum: int64Bound,
      deprecated: true,
      description: 'Deprecated beta: best-effort deterministic sampling for repeated requests with the same seed.',
    },
    reasoning_effort: reasoningEffortSchema,

    // Tools
    tools: chatToolsSchema,
    tool_choice: chatToolChoiceSchema,
    parallel_tool_calls: {
      type: 'boolean',
      default: true,
      description: 'Whether the model may call several tools in one turn; only valid with `tools`.',
    },
    functions: chatLegacyFunctionsSchema,
    function_call: chatLegacyFunctionCallSchema,
    web_search_options: chatWebSearchOptionsSchema,

    // Delivery, storage and identity
    stream: {
      type: ['boolean', 'null'],
      default: false,
      description: 'Stream the reply as server-sent events while it is generated.',
    },
    stream_options: chatStreamOptionsSchema,
    store: {
      type: ['boolean', 'null'],
      default: false,
      description: 'Whether to store the completion for distillation and evals; image inputs over 8 MB are dropped.',
    },
    metadata: metadataSchema,
    service_tier: serviceTierSchema,
    moderation: moderationSchema,
    prompt_cache_key: promptCacheKeySchema,
    prompt_cache_retention: promptCacheRetentionSchema,
    prompt_cache_options: promptCacheOptionsSchema,
    safety_identifier: safetyIdentifierSchema,
    user: userSchema,
  },
  required: ['model', 'messages'],
  additionalProperties: false,
} as const;
