/** TypeScript types derived from the Responses schemas, never written by hand. */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { responsesRequestSchema } from './request.js';
import type { responsesFunctionToolSchema, responsesToolSchema } from './tools.js';
import type { responsesTextFormatSchema } from './text.js';
import type { responsesInputItemSchema, responsesMessageItemSchema } from './input-items.js';

type From<S extends JSONSchema> = FromSchema<S, { keepDefaultedPropertiesOptional: true }>;

export type ResponsesRequest = From<typeof responsesRequestSchema>;
export type ResponsesTool = From<typeof responsesToolSchema>;
export type ResponsesFunctionTool = From<typeof responsesFunctionToolSchema>;
export type ResponsesTextFormat = From<typeof responsesTextFormatSchema>;
export type ResponsesInputItem = From<typeof responsesInputItemSchema>;
export type ResponsesMessageItem = From<typeof responsesMessageItemSchema>;
