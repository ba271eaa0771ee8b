/** `tool_choice` for Responses (spec `ToolChoiceParam`, SPEC 2026-08-21): function choices are flat. */
export const responsesToolChoiceFunctionSchema = {
  type: 'object',
  description: 'Force a call to the named function.',
  properties: {
    type: { const: 'function', description: 'Always `function`.' },
    name: { type: 'string', description: 'The function name.' },
  },
  required: ['type', 'name'],
  additionalProperties: false,
} as const;

const customChoiceSchema = {
  type: 'object',
  description: 'Force a call to the named custom tool.',
  properties: {
    type: { const: 'custom', description: 'Always `custom`.' },
    name: { type: 'string', description: 'The custom tool name.' },
  },
  required: ['type', 'name'],
  additionalProperties: false,
} as const;

const hostedChoiceTypes = [
  'file_search',
  'web_search_preview',
  'computer',
  'computer_use_preview',
  'computer_use',
  'web_search_preview_2025_03_11',
  'image_generation',
  'code_interpreter',
] as const;

function only<const T extends string>(type: T) {
  return {
    type: 'object',
    description: 'Force this tool.',
    properties: { type: { const: type, default: type, description: 'The tool type.' } },
    required: ['type'],
    additionalProperties: false,
  } as const;
}

export const responsesToolChoiceSchema = {
  description: '`none`, `auto`, `required`, or an object naming the tool(s) the model must use.',
  anyOf: [
    { type: 'string', enum: ['none', 'auto', 'required'], description: '`none`, `auto` or `required`.' },
    {
      type: 'object',
      description: 'A specific tool or set of tools.',
      discriminator: { propertyName: 'type' },
      oneOf: [
        {
          type: 'object',
          description: 'Restrict the model to a subset of the tools.',
          properties: {
            type: { const: 'allowed_tools', description: 'Always `allowed_tools`.' },
            mode: { type: 'string', enum: ['auto', 'required'], description: '`auto` or `required`.' },
            tools: { type: 'array', items: { type: 'object', description: 'A tool reference.' }, description: 'The allowed tools.' },
          },
          required: ['type', 'mode', 'tools'],
          additionalProperties: false,
        },
        {
          type: 'object',
          description: 'Force a hosted tool.',
          properties: { type: { type: 'string', enum: hostedChoiceTypes, description: 'The hosted tool type.' } },
          required: ['type'],
          additionalProperties: false,
        },
        responsesToolChoiceFunctionSchema,
        {
          type: 'object',
          description: 'Force a tool of an MCP server.',
          properties: {
            type: { const: 'mcp', description: 'Always `mcp`.' },
            server_label: { type: 'string', description: 'The server label.' },
            name: { type: ['string', 'null'], description: 'The tool name.' },
          },
          required: ['type', 'server_label'],
          additionalProperties: false,
        },
        customChoiceSchema,
        only('programmatic_tool_calling'),
        only('apply_patch'),
        only('shell'),
      ],
    },
  ],
} as const;
