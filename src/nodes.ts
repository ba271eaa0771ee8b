import type { ChatCompletionRequest, ChatMessage, ChatTool, ChatResponseFormat } from '../schemas/index.js';
import type { Api } from './types.js';

/**
 * The typed domain nodes rules visit. The engine extracts them once per request (one walk) and hands
 * each rule only the kinds it asks for. A node is dispatched only when its subtree passed schema
 * validation, so its `value` can be trusted to have the declared type.
 *
 * Every `path` is a JSON Pointer into the *wire* request of `api`; the engine maps it back to the
 * user's own document (which differs for client-library dialects such as LangChain options).
 */

export interface ChatRequestNode {
  api: 'chat.completions';
  path: '';
  value: ChatCompletionRequest;
}

export type RequestNode = ChatRequestNode;

export interface ChatMessageNode {
  api: 'chat.completions';
  path: string;
  index: number;
  value: ChatMessage;
}

export type MessageNode = ChatMessageNode;

export interface ChatToolNode {
  api: 'chat.completions';
  path: string;
  index: number;
  value: ChatTool;
}

/**
 * A function tool, the same shape for every API: Chat nests the definition under `function`,
 * Responses keeps it flat, and rules should not care.
 */
export interface FunctionToolNode {
  api: Api;
  /** Pointer to the tool object. */
  path: string;
  index: number;
  name: string;
  namePath: string;
  description: string | undefined;
  descriptionPath: string;
  /** `undefined` when the tool declares no parameters. */
  parameters: Record<string, unknown> | undefined;
  parametersPath: string;
  /** The `strict` flag as written (`undefined` when omitted). */
  strict: boolean | null | undefined;
  strictPath: string;
}

/** `response_format` (Chat) — Responses' `text.format` arrives with that dialect. */
export interface ResponseFormatNode {
  api: 'chat.completions';
  path: string;
  value: ChatResponseFormat;
}

/**
 * A JSON Schema embedded in the request that the API compiles: function parameters or a json_schema
 * output format. `strict` tells whether the API holds it to the Structured Outputs subset.
 */
export interface EmbeddedSchemaNode {
  api: Api;
  /** Pointer to the schema's root object. */
  path: string;
  schema: Record<string, unknown>;
  strict: boolean;
  /** What the schema belongs to, as the API names it in its errors. */
  owner: { kind: 'function'; name: string; path: string } | { kind: 'response_format'; name: string; path: string };
}

export interface NodeKinds {
  request: RequestNode;
  message: MessageNode;
  tool: ChatToolNode;
  functionTool: FunctionToolNode;
  responseFormat: ResponseFormatNode;
  embeddedSchema: EmbeddedSchemaNode;
}

export type NodeKind = keyof NodeKinds;

export type Visitors = { [K in NodeKind]?: (node: NodeKinds[K]) => void };
