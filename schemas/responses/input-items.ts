/**
 * `input`: a string (one user message) or a list of items (spec `InputParam` → `InputItem`,
 * SPEC 2026-08-21). Three shapes, because two item kinds have an optional `type` and so cannot take
 * part in a tagged union: messages (`type: "message"` may be omitted) and item references (`type`
 * may be omitted or null). Every other item is told apart by `type`.
 *
 * Items that rules read (messages, function and custom tool calls and their outputs, reasoning) are
 * modelled fully. The other item kinds (hosted-tool calls replayed from an earlier response) are
 * accepted by their `type` with open bodies: they come back from the API verbatim, rules never read
 * them, and a wrong guess here would reject valid history. The conformance exceptions list them.
 */
import { responsesMessageContentPartSchema } from './content.js';

const statusSchema = {
  type: 'string',
  enum: ['in_progress', 'completed', 'incomplete'],
  description: 'The item status, as the API returned it.',
} as const;

/** `EasyInputMessage`, `InputMessage` and `OutputMessage` in one: the API accepts all three as input. */
export const responsesMessageItemSchema = {
  type: 'object',
  description: 'A message: a role and its content (a string, or a list of content parts).',
  properties: {
    type: { type: 'string', enum: ['message'], description: 'Always `message`; may be omitted.' },
    role: {
      type: 'string',
      enum: ['user', 'assistant', 'system', 'developer'],
      description: 'Who wrote the message: `user`, `assistant`, `system` or `developer`.',
    },
    content: {
      description: 'The message text, or a list of content parts.',
      anyOf: [
        { type: 'string', description: 'Text content.' },
        { type: 'array', items: responsesMessageContentPartSchema, description: 'Content parts.' },
      ],
    },
    id: { type: 'string', description: 'The id of a replayed output message.' },
    status: statusSchema,
    phase: {
      type: ['string', 'null'],
      enum: ['commentary', 'final_answer', null],
      description: 'Whether a replayed assistant message was commentary or the final answer.',
    },
  },
  required: ['role', 'content'],
  additionalProperties: false,
} as const;

export const responsesItemReferenceSchema = {
  type: 'object',
  description: 'A reference to an earlier item by id.',
  properties: {
    type: {
      type: ['string', 'null'],
      enum: ['item_reference', null],
      default: 'item_reference',
      description: 'Always `item_reference`; may be omitted.',
    },
    id: { type: 'string', description: 'The id of the item to reference.' },
  },
  required: ['id'],
  additionalProperties: false,
} as const;

const callerSchema = {
  type: ['object', 'null'],
  description: 'Who made the call (the model directly, or a program).',
} as const;

export const responsesFunctionCallItemSchema = {
  type: 'object',
  description: 'A function call the model made, replayed as history.',
  properties: {
    type: { const: 'function_call', description: 'Always `function_call`.' },
    id: { type: 'string', description: 'The item id.' },
    call_id: { type: 'string', description: 'The call id that the matching `function_call_output` answers.' },
    caller: callerSchema,
    namespace: { type: 'string', description: 'The namespace of the function, if any.' },
    name: { type: 'string', description: 'The function name.' },
    arguments: { type: 'string', description: 'The arguments as a JSON string.' },
    status: statusSchema,
  },
  required: ['type', 'call_id', 'name', 'arguments'],
  additionalProperties: false,
} as const;

export const responsesFunctionCallOutputItemSchema = {
  type: 'object',
  description: 'The result of a function call, answering the call with the same `call_id`.',
  properties: {
    type: { const: 'function_call_output', default: 'function_call_output', description: 'Always `function_call_output`.' },
    id: { type: ['string', 'null'], description: 'The item id.' },
    call_id: { type: ['string', 'null'], minLength: 1, maxLength: 64, description: 'The `call_id` of the call this answers.' },
    output: {
      description: 'The function result: text (at most 10 MiB), or content parts.',
      anyOf: [
        { type: 'string', maxLength: 10485760, description: 'The result as text.' },
        {
          type: 'array',
          items: { type: 'object', description: 'An input text, image or file part.' },
          description: 'The result as content parts.',
        },
      ],
    },
    name: { type: ['string', 'null'], minLength: 1, maxLength: 128, description: 'The function name.' },
    namespace: {
      type: ['string', 'null'],
      minLength: 1,
      maxLength: 64,
      pattern: '^[a-zA-Z0-9_-]+$',
      description: 'The namespace of the function.',
    },
    caller: callerSchema,
    status: { type: ['string', 'null'], enum: ['in_progress', 'completed', 'incomplete', null], description: 'The item status.' },
  },
  required: ['type', 'output'],
  additionalProperties: false,
} as const;

export const responsesReasoningItemSchema = {
  type: 'object',
  description: 'A reasoning item from an earlier response; the item that followed it must be replayed with it.',
  properties: {
    type: { const: 'reasoning', description: 'Always `reasoning`.' },
    id: { type: 'string', description: 'The item id.' },
    encrypted_content: { type: ['string', 'null'], description: 'The encrypted reasoning, for stateless (`store: false`) use.' },
    summary: { type: 'array', items: { type: 'object', description: 'A summary text part.' }, description: 'Reasoning summary parts.' },
    content: { type: 'array', items: { type: 'object', description: 'A reasoning text part.' }, description: 'Reasoning text parts.' },
    status: statusSchema,
  },
  required: ['type', 'id', 'summary'],
  additionalProperties: false,
} as const;

export const responsesCustomToolCallItemSchema = {
  type: 'object',
  description: 'A custom tool call the model made, replayed as history.',
  properties: {
    type: { const: 'custom_tool_call', description: 'Always `custom_tool_call`.' },
    id: { type: 'string', description: 'The item id.' },
    call_id: { type: 'string', description: 'The call id.' },
    caller: callerSchema,
    namespace: { type: 'string', description: 'The namespace of the tool, if any.' },
    name: { type: 'string', description: 'The tool name.' },
    input: { type: 'string', description: 'The input the model produced.' },
  },
  required: ['type', 'call_id', 'name', 'input'],
  additionalProperties: false,
} as const;

export const responsesCustomToolCallOutputItemSchema = {
  type: 'object',
  description: 'The result of a custom tool call.',
  properties: {
    type: { const: 'custom_tool_call_output', description: 'Always `custom_tool_call_output`.' },
    id: { type: 'string', description: 'The item id.' },
    call_id: { type: 'string', description: 'The call id this answers.' },
    caller: callerSchema,
    output: {
      description: 'The result: text, or content parts.',
      anyOf: [
        { type: 'string', description: 'The result as text.' },
        {
          type: 'array',
          items: { type: 'object', description: 'An input text, image or file part.' },
          description: 'The result as content parts.',
        },
      ],
    },
  },
  required: ['type', 'call_id', 'output'],
  additionalProperties: false,
} as const;

/** Item kinds accepted by `type` only (see the module comment). Source: SPEC 2026-08-21 `Item`, `InputItem`. */
export const responsesOpaqueItemTypes = [
  'file_search_call',
  'computer_call',
  'computer_call_output',
  'web_search_call',
  'tool_search_call',
  'tool_search_output',
  'additional_tools',
  'compaction',
  'image_generation_call',
  'code_interpreter_call',
  'local_shell_call',
  'local_shell_call_output',
  'shell_call',
  'shell_call_output',
  'apply_patch_call',
  'apply_patch_call_output',
  'mcp_list_tools',
  'mcp_approval_request',
  'mcp_approval_response',
  'mcp_call',
  'compaction_trigger',
  'program',
  'program_output',
] as const;

export const responsesOpaqueItemSchema = {
  type: 'object',
  description: 'A hosted-tool call, its output, or another item returned by the API, replayed as history.',
  properties: {
    type: { type: 'string', enum: responsesOpaqueItemTypes, description: 'The item type.' },
  },
  required: ['type'],
} as const;

export const responsesTypedItemSchema = {
  type: 'object',
  description: 'An input item, told apart by `type`.',
  discriminator: { propertyName: 'type' },
  oneOf: [
    responsesFunctionCallItemSchema,
    responsesFunctionCallOutputItemSchema,
    responsesReasoningItemSchema,
    responsesCustomToolCallItemSchema,
    responsesCustomToolCallOutputItemSchema,
    responsesOpaqueItemSchema,
  ],
} as const;

export const responsesInputItemSchema = {
  description: 'An input item: a message, an item reference, or an item with a `type`.',
  anyOf: [responsesMessageItemSchema, responsesItemReferenceSchema, responsesTypedItemSchema],
} as const;

export const responsesInputSchema = {
  description: 'The model input: a string (one user message) or a list of input items.',
  anyOf: [
    { type: 'string', description: 'Text, sent as one user message.' },
    {
      type: 'array',
      items: responsesInputItemSchema,
      description: 'Input items: messages, tool calls and their outputs, reasoning, references.',
    },
  ],
} as const;
