/**
 * Tool definitions a request offers the model: function tools (JSON-Schema parameters) and custom
 * tools (free text or a grammar). Hosted tools exist only in the Responses API.
 */
import { functionNameSchema, userJsonSchemaSchema } from '../shared.js';

export const chatFunctionDefinitionSchema = {
  type: 'object',
  description: 'A function the model may call.',
  properties: {
    name: { ...functionNameSchema, description: 'The function name: letters, digits, `_` and `-`, at most 64 characters.' },
    description: { type: 'string', description: 'What the function does; the model reads it to decide when and how to call it.' },
    parameters: {
      ...userJsonSchemaSchema,
      description: 'The function arguments as a JSON Schema object; omit it for a function without parameters.',
    },
    strict: {
      type: ['boolean', 'null'],
      default: false,
      description: 'Whether calls must follow `parameters` exactly (Structured Outputs); needs the strict JSON Schema subset.',
    },
  },
  required: ['name'],
  additionalProperties: false,
} as const;

export const chatFunctionToolSchema = {
  type: 'object',
  description: 'A function tool.',
  properties: {
    type: { const: 'function', description: 'Always `function`.' },
    function: chatFunctionDefinitionSchema,
  },
  required: ['type', 'function'],
  additionalProperties: false,
} as const;

/**
 * The grammar is an object with a fixed shape in the spec ({definition, syntax}), so it is closed
 * like any other object; the grammar text itself is a string that rules may inspect.
 */
export const chatCustomToolFormatSchema = {
  type: 'object',
  description: 'The input format of a custom tool; unconstrained text when omitted.',
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      type: 'object',
      description: 'Unconstrained free-form text input.',
      properties: { type: { const: 'text', description: 'Always `text`.' } },
      required: ['type'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'Input constrained by a user-defined grammar.',
      properties: {
        type: { const: 'grammar', description: 'Always `grammar`.' },
        grammar: {
          type: 'object',
          description: 'The grammar that constrains the tool input.',
          properties: {
            definition: { type: 'string', description: 'The grammar definition text.' },
            syntax: { type: 'string', enum: ['lark', 'regex'], description: 'The grammar syntax: `lark` or `regex`.' },
          },
          required: ['definition', 'syntax'],
          additionalProperties: false,
        },
      },
      required: ['type', 'grammar'],
      additionalProperties: false,
    },
  ],
} as const;

export const chatCustomToolSchema = {
  type: 'object',
  description: 'A custom tool whose input is free text or follows a grammar.',
  properties: {
    type: { const: 'custom', description: 'Always `custom`.' },
    custom: {
      type: 'object',
      description: 'The custom tool definition.',
      properties: {
        name: { type: 'string', description: 'The tool name used in tool calls.' },
        description: { type: 'string', description: 'What the tool does, for the model.' },
        format: chatCustomToolFormatSchema,
      },
      required: ['name'],
      additionalProperties: false,
    },
  },
  required: ['type', 'custom'],
  additionalProperties: false,
} as const;

export const chatToolSchema = {
  type: 'object',
  description: 'A tool the model may call: `function` or `custom`.',
  discriminator: { propertyName: 'type' },
  oneOf: [chatFunctionToolSchema, chatCustomToolSchema],
} as const;

/**
 * The spec sets no `maxItems`, but the API answers "array too long … maximum length 128" (api-facts §5 #4).
 */
export const chatToolsSchema = {
  type: 'array',
  maxItems: 128,
  items: chatToolSchema,
  description: 'Tools the model may call (at most 128): function tools or custom tools.',
} as const;
