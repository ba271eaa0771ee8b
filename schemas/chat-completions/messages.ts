/**
 * Chat Completions messages, one schema per role, joined in `chatMessageSchema` by a `role`
 * discriminator. Cross-message rules (tool answers follow tool calls, …) belong to rules, not here.
 */
import { chatAssistantContentPartSchema, chatTextPartSchema, chatUserContentPartSchema } from './content-parts.js';
import { chatToolCallSchema } from './tool-calls.js';

/** Developer, system and tool messages accept a string or text parts only. */
const textOnlyContentSchema = {
  description: 'The message text: a string or a non-empty array of text parts.',
  anyOf: [
    { type: 'string', description: 'The message text.' },
    {
      type: 'array',
      minItems: 1,
      items: chatTextPartSchema,
      description: 'Text parts; only `text` parts are allowed for this role.',
    },
  ],
} as const;

/** The API holds it to the function-name pattern, which the spec does not say (see the conformance exception). */
const participantNameSchema = {
  type: 'string',
  pattern: '^[a-zA-Z0-9_-]+$',
  description: 'An optional participant name that tells apart participants of the same role: letters, digits, `_` and `-`.',
} as const;

export const chatDeveloperMessageSchema = {
  type: 'object',
  description: 'Instructions from the developer that the model follows regardless of user messages; replaces `system` for o1 and newer.',
  properties: {
    role: { const: 'developer', description: 'Always `developer`.' },
    content: { ...textOnlyContentSchema, description: 'The developer instructions: a string or text parts.' },
    name: participantNameSchema,
  },
  required: ['role', 'content'],
  additionalProperties: false,
} as const;

export const chatSystemMessageSchema = {
  type: 'object',
  description: 'Instructions from the developer; with o1 and newer models prefer a `developer` message.',
  properties: {
    role: { const: 'system', description: 'Always `system`.' },
    content: { ...textOnlyContentSchema, description: 'The system instructions: a string or text parts.' },
    name: participantNameSchema,
  },
  required: ['role', 'content'],
  additionalProperties: false,
} as const;

export const chatUserMessageSchema = {
  type: 'object',
  description: 'A message from the end user.',
  properties: {
    role: { const: 'user', description: 'Always `user`.' },
    content: {
      description: 'The user input: a string, or a non-empty array of text, image, audio and file parts.',
      anyOf: [
        { type: 'string', description: 'The user text.' },
        {
          type: 'array',
          minItems: 1,
          items: chatUserContentPartSchema,
          description: 'Content parts; which types work depends on the model.',
        },
      ],
    },
    name: participantNameSchema,
  },
  required: ['role', 'content'],
  additionalProperties: false,
} as const;

export const chatAssistantMessageSchema = {
  type: 'object',
  description: 'A message the model sent earlier in the conversation.',
  properties: {
    role: { const: 'assistant', description: 'Always `assistant`.' },
    content: {
      description: 'The assistant reply; may be null only when `tool_calls` or `function_call` is given.',
      anyOf: [
        { type: 'string', description: 'The reply text.' },
        {
          type: 'array',
          minItems: 1,
          items: chatAssistantContentPartSchema,
          description: 'One or more text parts, or exactly one refusal part.',
        },
        { type: 'null' },
      ],
    },
    refusal: { type: ['string', 'null'], description: 'A refusal the model gave.' },
    name: participantNameSchema,
    audio: {
      type: ['object', 'null'],
      description: 'A reference to an earlier audio response from the model.',
      properties: {
        id: { type: 'string', description: 'The id of the earlier audio response.' },
      },
      required: ['id'],
      additionalProperties: false,
    },
    tool_calls: {
      type: 'array',
      items: chatToolCallSchema,
      description: 'The tool calls the model made in this turn.',
    },
    function_call: {
      type: ['object', 'null'],
      deprecated: true,
      description: 'Deprecated legacy function call; replaced by `tool_calls`.',
      properties: {
        arguments: { type: 'string', description: 'The call arguments as a JSON-encoded string.' },
        name: { type: 'string', description: 'The name of the called function.' },
      },
      required: ['arguments', 'name'],
      additionalProperties: false,
    },
  },
  required: ['role'],
  additionalProperties: false,
} as const;

export const chatToolMessageSchema = {
  type: 'object',
  description: 'The result of a tool call, answering an earlier assistant `tool_calls` entry.',
  properties: {
    role: { const: 'tool', description: 'Always `tool`.' },
    content: { ...textOnlyContentSchema, description: 'The tool result: a string or text parts.' },
    tool_call_id: { type: 'string', description: 'The id of the tool call this message answers.' },
  },
  required: ['role', 'content', 'tool_call_id'],
  additionalProperties: false,
} as const;

export const chatFunctionMessageSchema = {
  type: 'object',
  deprecated: true,
  description: 'Deprecated legacy function result; use a `tool` message.',
  properties: {
    role: { const: 'function', description: 'Always `function`.' },
    content: { type: ['string', 'null'], description: 'The function result.' },
    name: { type: 'string', description: 'The name of the function that produced the result.' },
  },
  required: ['role', 'content', 'name'],
  additionalProperties: false,
} as const;

export const chatMessageSchema = {
  type: 'object',
  description: 'A conversation message; `role` selects its shape.',
  discriminator: { propertyName: 'role' },
  oneOf: [
    chatDeveloperMessageSchema,
    chatSystemMessageSchema,
    chatUserMessageSchema,
    chatAssistantMessageSchema,
    chatToolMessageSchema,
    chatFunctionMessageSchema,
  ],
} as const;
