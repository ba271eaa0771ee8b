/**
 * `text`: the output format (`text.format`, flat json_schema: `name` and `schema` beside `type`) and
 * `text.verbosity`. Spec `ResponseTextParam` (SPEC 2026-08-21); api-facts §2.1, §2.3.
 */
import { functionNameSchema, userJsonSchemaSchema, verbositySchema } from '../shared.js';

export const responsesTextFormatJsonSchemaSchema = {
  type: 'object',
  description: 'Structured Outputs: the reply follows the given JSON Schema.',
  properties: {
    type: { const: 'json_schema', description: 'Always `json_schema`.' },
    description: { type: 'string', description: 'What the format is for; the model reads it.' },
    name: { ...functionNameSchema, description: 'The format name: letters, digits, `_` and `-`, at most 64 characters.' },
    schema: { ...userJsonSchemaSchema, description: 'The JSON Schema the reply must follow.' },
    strict: {
      type: ['boolean', 'null'],
      default: false,
      description: 'Whether the reply must match `schema` exactly; needs the strict JSON Schema subset.',
    },
  },
  required: ['type', 'schema', 'name'],
  additionalProperties: false,
} as const;

export const responsesTextFormatSchema = {
  type: 'object',
  description: 'The output format: `text`, `json_schema` (Structured Outputs) or `json_object` (JSON mode).',
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      type: 'object',
      description: 'Plain text output (the default).',
      properties: { type: { const: 'text', description: 'Always `text`.' } },
      required: ['type'],
      additionalProperties: false,
    },
    responsesTextFormatJsonSchemaSchema,
    {
      type: 'object',
      description: 'JSON mode: the reply is a JSON object; the input must mention "json".',
      properties: { type: { const: 'json_object', description: 'Always `json_object`.' } },
      required: ['type'],
      additionalProperties: false,
    },
  ],
} as const;

export const responsesTextSchema = {
  type: 'object',
  description: 'Text output options: the format and the verbosity.',
  properties: {
    format: responsesTextFormatSchema,
    verbosity: verbositySchema,
  },
  additionalProperties: false,
} as const;
