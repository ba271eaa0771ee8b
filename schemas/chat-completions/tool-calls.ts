/**
 * Tool calls that an earlier assistant turn made, replayed in `messages[].tool_calls`. Each call's
 * `id` is what a later `tool` message answers with `tool_call_id`.
 */
import { functionNamePattern } from '../shared.js';

export const chatFunctionToolCallSchema = {
  type: 'object',
  description: 'A function call the model made.',
  properties: {
    id: { type: 'string', description: 'The tool call id that the `tool` message answers.' },
    type: { const: 'function', description: 'Always `function`.' },
    function: {
      type: 'object',
      description: 'The function the model called and its arguments.',
      properties: {
        // The API applies the function-name pattern here too (api-facts §5 #5, mcp-use/mcp-use#90).
        name: { type: 'string', pattern: functionNamePattern, description: 'The name of the called function.' },
        arguments: { type: 'string', description: 'The call arguments as a JSON-encoded string, as the model generated them.' },
      },
      required: ['name', 'arguments'],
      additionalProperties: false,
    },
  },
  required: ['id', 'type', 'function'],
  additionalProperties: false,
} as const;

export const chatCustomToolCallSchema = {
  type: 'object',
  description: 'A custom tool call the model made.',
  properties: {
    id: { type: 'string', description: 'The tool call id that the `tool` message answers.' },
    type: { const: 'custom', description: 'Always `custom`.' },
    custom: {
      type: 'object',
      description: 'The custom tool the model called and its input.',
      properties: {
        name: { type: 'string', description: 'The name of the called custom tool.' },
        input: { type: 'string', description: 'The input the model generated for the tool.' },
      },
      required: ['name', 'input'],
      additionalProperties: false,
    },
  },
  required: ['id', 'type', 'custom'],
  additionalProperties: false,
} as const;

export const chatToolCallSchema = {
  type: 'object',
  description: 'A tool call the model made: function or custom.',
  discriminator: { propertyName: 'type' },
  oneOf: [chatFunctionToolCallSchema, chatCustomToolCallSchema],
} as const;
