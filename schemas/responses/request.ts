/**
 * The `POST /v1/responses` request body (spec `CreateResponse` = allOf `CreateModelResponseProperties`,
 * `ResponseProperties` and its own properties, flattened here; SPEC 2026-08-21, api-facts §2).
 * The spec requires nothing (the model may come from a stored `prompt`). Deliberate differences are
 * listed, with reasons, in `../conformance-exceptions.ts`.
 */
import {
  metadataSchema,
  moderationSchema,
  promptCacheKeySchema,
  promptCacheOptionsSchema,
  promptCacheRetentionSchema,
  reasoningEffortSchema,
  safetyIdentifierSchema,
  serviceTierValues,
  temperatureSchema,
  topLogprobsSchema,
  topPSchema,
  userSchema,
} from '../shared.js';
import { responsesInputSchema } from './input-items.js';
import { responsesTextSchema } from './text.js';
import { responsesToolChoiceSchema } from './tool-choice.js';
import { responsesToolsSchema } from './tools.js';

const reasoningSummaryValues = ['auto', 'concise', 'detailed'] as const;

export const responsesReasoningSchema = {
  type: ['object', 'null'],
  description: 'Reasoning options (reasoning models only): effort, summary, mode and context.',
  properties: {
    effort: reasoningEffortSchema,
    summary: {
      type: ['string', 'null'],
      enum: [...reasoningSummaryValues, null],
      description: 'Ask for a reasoning summary: `auto`, `concise` or `detailed`.',
    },
    mode: {
      description: 'Reasoning mode (gpt-5.6 and later): `standard` or `pro`.',
      anyOf: [{ type: 'string' }, { type: 'string', enum: ['standard', 'pro'] }],
    },
    context: {
      type: ['string', 'null'],
      enum: ['auto', 'current_turn', 'all_turns', null],
      description: 'Which earlier reasoning the model sees (gpt-5.6 and later).',
    },
    generate_summary: {
      type: ['string', 'null'],
      enum: [...reasoningSummaryValues, null],
      deprecated: true,
      description: 'Deprecated: use `summary`.',
    },
  },
  additionalProperties: false,
} as const;

export const responsesIncludeValues = [
  'file_search_call.results',
  'web_search_call.results',
  'web_search_call.action.sources',
  'message.input_image.image_url',
  'computer_call_output.output.image_url',
  'code_interpreter_call.outputs',
  'reasoning.encrypted_content',
  'message.output_text.logprobs',
] as const;

export const responsesRequestSchema = {
  type: 'object',
  title: 'Responses request',
  description: 'The body of a `POST /v1/responses` request.',
  properties: {
    model: {
      type: 'string',
      description: 'The model id, e.g. `gpt-5` or `o3`; may be omitted when a stored `prompt` names it.',
    },
    input: responsesInputSchema,
    instructions: { type: ['string', 'null'], description: 'A system (developer) message; not carried over with `previous_response_id`.' },

    // Conversation state
    previous_response_id: {
      type: ['string', 'null'],
      // The API's 400 names the charset: "Expected an ID that contains letters, numbers, underscores, or dashes".
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Continue from this stored response (an id like `resp_...`); cannot be combined with `conversation`.',
    },
    conversation: {
      description: 'The conversation this response belongs to: its id or `{ "id": ... }`.',
      anyOf: [
        { type: 'string', description: 'A conversation id.' },
        {
          type: 'object',
          description: 'A conversation reference.',
          properties: { id: { type: 'string', description: 'The conversation id.' } },
          required: ['id'],
          additionalProperties: false,
        },
        { type: 'null' },
      ],
    },
    store: {
      type: ['boolean', 'null'],
      default: true,
      description: 'Whether to store the response (default `true`) for later retrieval and `previous_response_id`.',
    },
    background: { type: ['boolean', 'null'], default: false, description: 'Run the response in the background and poll for it.' },
    prompt: {
      type: ['object', 'null'],
      description: 'A reusable prompt template and its variables.',
      properties: {
        id: { type: 'string', description: 'The prompt template id.' },
        version: { type: ['string', 'null'], description: 'The template version.' },
        variables: { type: ['object', 'null'], description: 'Values for the template variables.' },
      },
      required: ['id'],
      additionalProperties: false,
    },
    context_management: {
      type: ['array', 'null'],
      minItems: 1,
      description: 'Context management strategies (server-side compaction).',
      items: {
        type: 'object',
        description: 'A context management strategy.',
        properties: {
          type: { type: 'string', description: 'The strategy, e.g. `compaction`.' },
          compact_threshold: { type: ['integer', 'null'], minimum: 1000, description: 'Token count (at least 1000) at which to compact.' },
        },
        required: ['type'],
        additionalProperties: false,
      },
    },
    truncation: {
      type: ['string', 'null'],
      enum: ['auto', 'disabled', null],
      default: 'disabled',
      deprecated: true,
      description: 'Deprecated: `auto` drops earlier items when the input is too long; see `context_management`.',
    },

    // Output
    text: responsesTextSchema,
    reasoning: responsesReasoningSchema,
    max_output_tokens: {
      type: ['integer', 'null'],
      minimum: 16,
      description: 'Upper bound (at least 16) on generated tokens, reasoning tokens included.',
    },
    max_tool_calls: { type: ['integer', 'null'], description: 'The most built-in tool calls the response may make.' },
    include: {
      type: ['array', 'null'],
      items: { type: 'string', enum: responsesIncludeValues, description: 'An extra output to include.' },
      description: 'Extra outputs to include, e.g. `reasoning.encrypted_content` for stateless use.',
    },

    // Sampling
    temperature: temperatureSchema,
    top_p: topPSchema,
    top_logprobs: {
      ...topLogprobsSchema,
      type: 'integer',
      description: 'How many most likely tokens (0 to 20) to return; needs `include: ["message.output_text.logprobs"]`.',
    },

    // Tools
    tools: responsesToolsSchema,
    tool_choice: responsesToolChoiceSchema,
    parallel_tool_calls: { type: ['boolean', 'null'], default: true, description: 'Whether the model may call several tools in one turn.' },

    // Delivery, storage and identity
    stream: { type: ['boolean', 'null'], default: false, description: 'Stream the response as server-sent events.' },
    stream_options: {
      type: ['object', 'null'],
      description: 'Streaming options (only with `stream: true`).',
      properties: { include_obfuscation: { type: 'boolean', description: 'Pad stream events with obfuscation fields (default true).' } },
      additionalProperties: false,
    },
    metadata: metadataSchema,
    service_tier: {
      type: ['string', 'null'],
      enum: [...serviceTierValues, 'ultrafast', null],
      default: 'auto',
      description: 'Processing tier; Responses also has `ultrafast` (selected models).',
    },
    moderation: moderationSchema,
    prompt_cache_key: promptCacheKeySchema,
    prompt_cache_retention: promptCacheRetentionSchema,
    prompt_cache_options: promptCacheOptionsSchema,
    safety_identifier: safetyIdentifierSchema,
    user: userSchema,
  },
  additionalProperties: false,
} as const;
