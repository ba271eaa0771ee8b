import type { ChatCompletionRequest, ChatMessage, ChatTool, ChatResponseFormat } from '../schemas/index.js';
import type { ResponsesInputItem, ResponsesRequest, ResponsesTextFormat, ResponsesTool } from '../schemas/index.js';
import type { Api } from './types.js';
import type { SchemaAnalysis } from './structured-outputs/analyze.js';
import type { SchemaSize } from './structured-outputs/measure.js';

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

export interface ResponsesRequestNode {
  api: 'responses';
  path: '';
  value: ResponsesRequest;
}

/** Narrow on `api` before reading fields one API lacks; shared parameters go through `param()`. */
export type RequestNode = ChatRequestNode | ResponsesRequestNode;

/**
 * The whole body as sent, dispatched even when parts of it fail the schema (unlike `request`), so a
 * rule that explains why a body is rejected (a key from another API, two keys that exclude each other)
 * still runs. Untyped: check each value's type before using it.
 */
export interface DocumentNode {
  api: Api;
  path: '';
  value: Readonly<Record<string, unknown>>;
}

/**
 * One item of a Responses `input` list (a string `input` has no items). Rules that check the
 * conversation's order (reasoning items, tool call answers) read `items` of the request node or
 * visit these in order.
 */
export interface InputItemNode {
  api: 'responses';
  path: string;
  index: number;
  value: ResponsesInputItem;
}

/** A Responses tool of any type: function, custom or hosted. */
export interface ResponsesToolNode {
  api: 'responses';
  path: string;
  index: number;
  value: ResponsesTool;
}

/** Responses' `text.format` (the counterpart of Chat's `response_format`). */
export interface TextFormatNode {
  api: 'responses';
  path: '/text/format';
  value: ResponsesTextFormat;
}

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
  /**
   * `strict` is on only because the API defaults to it (Responses function tools with `strict`
   * omitted). The API then normalises the schema and silently falls back to non-strict when the schema
   * is outside the subset (api-facts §4.1), so a violation is not a rejection: the strict-mode rules
   * skip such schemas (`responses/require-explicit-strict` asks for an explicit `strict` instead).
   */
  strictImplied?: boolean;
  /** What the schema belongs to, as the API names it in its errors. */
  owner: { kind: 'function'; name: string; path: string } | { kind: 'response_format'; name: string; path: string };
}

/**
 * An embedded schema the API holds to the strict subset (see `NodeKinds.strictSchema`), with what the
 * structured-outputs rules all start from, made on first read and shared by them.
 */
export interface StrictSchemaNode extends EmbeddedSchemaNode {
  /** One walk of the schema: its facts, depth and size totals (`structured-outputs/analyze.ts`). */
  readonly analysis: SchemaAnalysis;
  /** The analysis's facts: what rules may select this node by (`RuleMeta.nodeFacts`). */
  readonly facts: number;
  /** Every size contribution with its pointer, for reporting where a limit is crossed. */
  readonly sizeContributions: SchemaSize;
}

export interface NodeKinds {
  request: RequestNode;
  message: MessageNode;
  tool: ChatToolNode;
  functionTool: FunctionToolNode;
  responseFormat: ResponseFormatNode;
  embeddedSchema: EmbeddedSchemaNode;
  /**
   * The embedded schemas the API holds to the Structured Outputs subset and rejects the request over
   * (`enforcesStrict`): the only ones the strict-mode rules look at, so a request whose tools are not
   * strict dispatches nothing to them.
   */
  strictSchema: StrictSchemaNode;
  document: DocumentNode;
  inputItem: InputItemNode;
  responsesTool: ResponsesToolNode;
  textFormat: TextFormatNode;
}

export type NodeKind = keyof NodeKinds;

/** The node kinds whose nodes carry `facts`, which rules may select nodes by (`RuleMeta.nodeFacts`). */
export const FACTFUL_KINDS = ['strictSchema'] as const satisfies readonly NodeKind[];
export type FactfulKind = (typeof FACTFUL_KINDS)[number];

/**
 * The top-level wire keys each node kind is extracted from, for every API: a rule visiting `message`
 * can only fire on a request with `messages`. The engine uses this to skip rules on requests that lack
 * their keys (see `RuleMeta.triggers`); `request` and `document` come from the whole body, so a rule
 * visiting them says its keys in `triggers`. A property test checks every extracted node lies under
 * one of its kind's keys.
 */
export const NODE_KIND_KEYS: { readonly [K in NodeKind]: readonly string[] | 'whole-request' } = {
  request: 'whole-request',
  document: 'whole-request',
  message: ['messages'],
  tool: ['tools'],
  functionTool: ['tools'],
  responseFormat: ['response_format'],
  embeddedSchema: ['tools', 'response_format', 'text'],
  strictSchema: ['tools', 'response_format', 'text'],
  inputItem: ['input'],
  responsesTool: ['tools'],
  textFormat: ['text'],
};

/**
 * The node kinds a rule for the APIs `A` sees: its `request` node is narrowed to those APIs, so a
 * Chat-only rule reads Chat fields without checks, and a rule for both must narrow on `api` or read
 * shared parameters through `param()`.
 */
export type NodeKindsFor<A extends Api> = Omit<NodeKinds, 'request'> & { request: Extract<RequestNode, { api: A }> };

/**
 * Per request, the engine calls `document` first, then `request`, then the other kinds, each kind's
 * nodes in document order.
 */
export type Visitors<A extends Api = Api> = { [K in NodeKind]?: (node: NodeKindsFor<A>[K]) => void };
