/**
 * Content parts of Responses input messages (`input_text`, `input_image`, `input_file`) and of
 * replayed assistant output messages (`output_text`, `refusal`). Spec: `InputContent`,
 * `OutputMessageContent` (SPEC 2026-08-21).
 */
import { promptCacheBreakpointSchema } from '../shared.js';

export const responsesInputTextSchema = {
  type: 'object',
  description: 'A text input.',
  properties: {
    type: { const: 'input_text', default: 'input_text', description: 'Always `input_text`.' },
    text: { type: 'string', description: 'The text.' },
    prompt_cache_breakpoint: promptCacheBreakpointSchema,
  },
  required: ['type', 'text'],
  additionalProperties: false,
} as const;

export const responsesInputImageSchema = {
  type: 'object',
  description: 'An image input, by URL (or data URL) or file id.',
  properties: {
    type: { const: 'input_image', default: 'input_image', description: 'Always `input_image`.' },
    image_url: { type: ['string', 'null'], format: 'uri', description: 'A fully qualified URL or a base64 data URL.' },
    file_id: { type: ['string', 'null'], description: 'The id of an uploaded file.' },
    // The spec requires `detail`, but the API defaults it to `auto` (see the conformance exception).
    detail: {
      type: 'string',
      enum: ['low', 'high', 'auto', 'original'],
      description: 'Image detail level: `low`, `high`, `auto` (the default) or `original`.',
    },
    prompt_cache_breakpoint: promptCacheBreakpointSchema,
  },
  required: ['type'],
  additionalProperties: false,
} as const;

export const responsesInputFileSchema = {
  type: 'object',
  description: 'A file input, by file id, URL or inline data.',
  properties: {
    type: { const: 'input_file', default: 'input_file', description: 'Always `input_file`.' },
    file_id: { type: ['string', 'null'], description: 'The id of an uploaded file.' },
    filename: { type: 'string', description: 'The file name.' },
    file_data: { type: 'string', description: 'The file content, base64-encoded.' },
    file_url: { type: 'string', format: 'uri', description: 'A URL of the file.' },
    detail: { type: 'string', enum: ['auto', 'low', 'high'], description: 'File detail level.' },
    prompt_cache_breakpoint: promptCacheBreakpointSchema,
  },
  required: ['type'],
  additionalProperties: false,
} as const;

/**
 * Replayed assistant output. Annotations and logprobs are kept open: rules never read them. The spec
 * requires `annotations`, but the API takes the part without them (see the conformance exception).
 */
export const responsesOutputTextSchema = {
  type: 'object',
  description: 'Text the model produced, replayed as history.',
  properties: {
    type: { const: 'output_text', description: 'Always `output_text`.' },
    text: { type: 'string', description: 'The text.' },
    annotations: {
      type: 'array',
      items: { type: 'object', description: 'A citation or file path annotation.' },
      description: 'Annotations of the text.',
    },
    logprobs: {
      type: 'array',
      items: { type: 'object', description: 'Log probability of one token.' },
      description: 'Token log probabilities.',
    },
  },
  required: ['type', 'text'],
  additionalProperties: false,
} as const;

export const responsesRefusalSchema = {
  type: 'object',
  description: 'A refusal the model produced, replayed as history.',
  properties: {
    type: { const: 'refusal', description: 'Always `refusal`.' },
    refusal: { type: 'string', description: 'The refusal explanation.' },
  },
  required: ['type', 'refusal'],
  additionalProperties: false,
} as const;

export const responsesMessageContentPartSchema = {
  type: 'object',
  description: 'A content part: `input_text`, `input_image`, `input_file`, or replayed `output_text` / `refusal`.',
  discriminator: { propertyName: 'type' },
  oneOf: [responsesInputTextSchema, responsesInputImageSchema, responsesInputFileSchema, responsesOutputTextSchema, responsesRefusalSchema],
} as const;

export const responsesInputContentSchema = {
  type: 'object',
  description: 'An input content part: `input_text`, `input_image` or `input_file`.',
  discriminator: { propertyName: 'type' },
  oneOf: [responsesInputTextSchema, responsesInputImageSchema, responsesInputFileSchema],
} as const;
