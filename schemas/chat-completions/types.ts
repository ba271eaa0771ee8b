/**
 * TypeScript types derived from the Chat Completions schemas, never written by hand.
 * `keepDefaultedPropertiesOptional` keeps properties with a `default` optional, as on the wire.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type {
  chatAssistantMessageSchema,
  chatDeveloperMessageSchema,
  chatFunctionMessageSchema,
  chatMessageSchema,
  chatSystemMessageSchema,
  chatToolMessageSchema,
  chatUserMessageSchema,
} from './messages.js';
import type {
  chatAudioPartSchema,
  chatContentPartSchema,
  chatFilePartSchema,
  chatImagePartSchema,
  chatRefusalPartSchema,
  chatTextPartSchema,
} from './content-parts.js';
import type { chatCustomToolSchema, chatFunctionToolSchema, chatToolSchema } from './tools.js';
import type { chatToolCallSchema } from './tool-calls.js';
import type { chatToolChoiceSchema } from './tool-choice.js';
import type { chatResponseFormatSchema } from './response-format.js';
import type { chatCompletionRequestSchema } from './request.js';

type From<S extends JSONSchema> = FromSchema<S, { keepDefaultedPropertiesOptional: true }>;

export type ChatCompletionRequest = From<typeof chatCompletionRequestSchema>;

export type ChatMessage = From<typeof chatMessageSchema>;
export type ChatDeveloperMessage = From<typeof chatDeveloperMessageSchema>;
export type ChatSystemMessage = From<typeof chatSystemMessageSchema>;
export type ChatUserMessage = From<typeof chatUserMessageSchema>;
export type ChatAssistantMessage = From<typeof chatAssistantMessageSchema>;
export type ChatToolMessage = From<typeof chatToolMessageSchema>;
export type ChatFunctionMessage = From<typeof chatFunctionMessageSchema>;
export type ChatMessageRole = ChatMessage['role'];

export type ChatContentPart = From<typeof chatContentPartSchema>;
export type ChatTextPart = From<typeof chatTextPartSchema>;
export type ChatImagePart = From<typeof chatImagePartSchema>;
export type ChatAudioPart = From<typeof chatAudioPartSchema>;
export type ChatFilePart = From<typeof chatFilePartSchema>;
export type ChatRefusalPart = From<typeof chatRefusalPartSchema>;

export type ChatTool = From<typeof chatToolSchema>;
export type ChatFunctionTool = From<typeof chatFunctionToolSchema>;
export type ChatCustomTool = From<typeof chatCustomToolSchema>;
export type ChatToolCall = From<typeof chatToolCallSchema>;
export type ChatToolChoice = From<typeof chatToolChoiceSchema>;
export type ChatResponseFormat = From<typeof chatResponseFormatSchema>;
