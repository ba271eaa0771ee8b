/**
 * `tool_choice`: a mode string, or an object naming one tool or restricting the tool set. Whether
 * the named tool exists in `tools` is a rule's concern.
 */

export const chatToolChoiceModeSchema = {
  type: 'string',
  enum: ['none', 'auto', 'required'],
  description: '`none` never calls a tool, `auto` lets the model decide, `required` forces at least one tool call.',
} as const;

export const chatAllowedToolsChoiceSchema = {
  type: 'object',
  description: 'Restricts the model to a subset of the tools.',
  properties: {
    type: { const: 'allowed_tools', description: 'Always `allowed_tools`.' },
    allowed_tools: {
      type: 'object',
      description: 'The allowed subset and whether a call is required.',
      properties: {
        mode: {
          type: 'string',
          enum: ['auto', 'required'],
          description: '`auto` lets the model choose among the allowed tools or answer; `required` forces a call.',
        },
        tools: {
          type: 'array',
          description: 'The allowed tools, e.g. `{ "type": "function", "function": { "name": "get_weather" } }`.',
          // Open objects, as in the spec: each entry references a tool by its type and name.
          items: { type: 'object', description: 'A reference to a tool the model may call.' },
        },
      },
      required: ['mode', 'tools'],
      additionalProperties: false,
    },
  },
  required: ['type', 'allowed_tools'],
  additionalProperties: false,
} as const;

export const chatNamedFunctionChoiceSchema = {
  type: 'object',
  description: 'Forces a call to one function tool.',
  properties: {
    type: { const: 'function', description: 'Always `function`.' },
    function: {
      type: 'object',
      description: 'The function to call.',
      properties: { name: { type: 'string', description: 'The name of the function to call.' } },
      required: ['name'],
      additionalProperties: false,
    },
  },
  required: ['type', 'function'],
  additionalProperties: false,
} as const;

export const chatNamedCustomChoiceSchema = {
  type: 'object',
  description: 'Forces a call to one custom tool.',
  properties: {
    type: { const: 'custom', description: 'Always `custom`.' },
    custom: {
      type: 'object',
      description: 'The custom tool to call.',
      properties: { name: { type: 'string', description: 'The name of the custom tool to call.' } },
      required: ['name'],
      additionalProperties: false,
    },
  },
  required: ['type', 'custom'],
  additionalProperties: false,
} as const;

export const chatToolChoiceSchema = {
  description: 'Which tool, if any, the model calls; defaults to `none` without tools and `auto` with tools.',
  anyOf: [
    chatToolChoiceModeSchema,
    {
      type: 'object',
      description: 'A specific tool, or a restricted tool set.',
      discriminator: { propertyName: 'type' },
      oneOf: [chatAllowedToolsChoiceSchema, chatNamedFunctionChoiceSchema, chatNamedCustomChoiceSchema],
    },
  ],
} as const;
