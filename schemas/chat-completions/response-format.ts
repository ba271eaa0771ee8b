/**
 * `response_format`: plain text, Structured Outputs (`json_schema`) or the older JSON mode.
 * The user's schema stays an open object; the strict-subset rules check it.
 */
import { functionNameSchema, userJsonSchemaSchema } from '../shared.js';

export const chatResponseFormatTextSchema = {
  type: 'object',
  description: 'Plain text output (the default).',
  properties: { type: { const: 'text', description: 'Always `text`.' } },
  required: ['type'],
  additionalProperties: false,
} as const;

export const chatResponseFormatJsonSchemaSchema = {
  type: 'object',
  description: 'Structured Outputs: the reply follows the given JSON Schema.',
  properties: {
    type: { const: 'json_schema', description: 'Always `json_schema`.' },
    json_schema: {
      type: 'object',
      description: 'The output schema and its options.',
      properties: {
        description: { type: 'string', description: 'What the format is for; the model reads it.' },
        name: {
          ...functionNameSchema,
          description: 'The format name: letters, digits, `_` and `-`, at most 64 characters.',
        },
        schema: { ...userJsonSchemaSchema, description: 'The JSON Schema the reply must follow.' },
        strict: {
          type: ['boolean', 'null'],
          default: false,
          description: 'Whether the reply must match `schema` exactly; needs the strict JSON Schema subset.',
        },
      },
      required: ['name'],
      additionalProperties: false,
    },
  },
  required: ['type', 'json_schema'],
  additionalProperties: false,
} as const;

export const chatResponseFormatJsonObjectSchema = {
  type: 'object',
  description: 'JSON mode: the reply is some valid JSON; a message must ask for JSON.',
  properties: { type: { const: 'json_object', description: 'Always `json_object`.' } },
  required: ['type'],
  additionalProperties: false,
} as const;

export const chatResponseFormatSchema = {
  type: 'object',
  description: 'The output format: `text`, `json_schema` (Structured Outputs) or `json_object` (JSON mode).',
  discriminator: { propertyName: 'type' },
  oneOf: [chatResponseFormatTextSchema, chatResponseFormatJsonSchemaSchema, chatResponseFormatJsonObjectSchema],
} as const;
