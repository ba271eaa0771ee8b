/**
 * The deprecated pre-`tools` function calling fields `functions` and `function_call`. Kept complete
 * so old requests validate and rules can suggest the `tools` / `tool_choice` equivalents.
 */
import { functionNameSchema, userJsonSchemaSchema } from '../shared.js';

export const chatLegacyFunctionSchema = {
  type: 'object',
  deprecated: true,
  description: 'Deprecated function definition; use a `function` tool in `tools`.',
  properties: {
    description: { type: 'string', description: 'What the function does, for the model.' },
    name: { ...functionNameSchema, description: 'The function name: letters, digits, `_` and `-`, at most 64 characters.' },
    parameters: {
      ...userJsonSchemaSchema,
      description: 'The function arguments as a JSON Schema object; omit it for a function without parameters.',
    },
  },
  required: ['name'],
  additionalProperties: false,
} as const;

export const chatLegacyFunctionsSchema = {
  type: 'array',
  deprecated: true,
  minItems: 1,
  maxItems: 128,
  items: chatLegacyFunctionSchema,
  description: 'Deprecated list of 1 to 128 functions; use `tools`.',
} as const;

export const chatLegacyFunctionCallSchema = {
  deprecated: true,
  description: 'Deprecated function choice; use `tool_choice`.',
  anyOf: [
    {
      type: 'string',
      enum: ['none', 'auto'],
      description: '`none` never calls a function; `auto` lets the model decide.',
    },
    {
      type: 'object',
      description: 'Forces a call to the named function.',
      properties: { name: { type: 'string', description: 'The name of the function to call.' } },
      required: ['name'],
      additionalProperties: false,
    },
  ],
} as const;
