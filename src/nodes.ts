import type { ChatCompletionRequest, ChatMessage, ChatTool, ChatResponseFormat } from '../schemas/index.js';
import type { ResponsesInputItem, ResponsesRequest, ResponsesTextFormat, ResponsesTool } from '../schemas/index.js';
import type { RuleContext } from './rule.js';
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
 * structured-outputs rules all start from, made on first read and shared by them for this request.
 */
export interface StrictSchemaNode extends EmbeddedSchemaNode {
  /** One walk of the schema: its facts, depth and size totals (`structured-outputs/analyze.ts`). */
  readonly analysis: SchemaAnalysis;
  /** Every size contribution with its pointer, for reporting where a limit is crossed. */
  readonly sizeContributions: SchemaSize;
}

/** Every node kind and the node type a visitor of that kind receives. */
export interface NodeKinds {
  /** The whole body, even when it fails the schema (see `DocumentNode`). */
  document: DocumentNode;
  /** The whole body, typed: only when it passed the schema. */
  request: RequestNode;
  message: MessageNode;
  tool: ChatToolNode;
  functionTool: FunctionToolNode;
  responseFormat: ResponseFormatNode;
  embeddedSchema: EmbeddedSchemaNode;
  /**
   * The embedded schemas the API holds to the Structured Outputs subset and rejects the request over
   * (`enforcesStrict`): the only ones the strict-mode rules look at.
   */
  strictSchema: StrictSchemaNode;
  inputItem: InputItemNode;
  responsesTool: ResponsesToolNode;
  textFormat: TextFormatNode;
}

export type NodeKind = keyof NodeKinds;

/**
 * The node kinds in dispatch order: the whole body first, then the typed request, then the parts, each
 * kind's nodes in document order. Adding a kind means adding it to `NodeKinds` and here.
 */
export const NODE_KINDS = [
  'document',
  'request',
  'message',
  'tool',
  'functionTool',
  'responseFormat',
  'embeddedSchema',
  'strictSchema',
  'inputItem',
  'responsesTool',
  'textFormat',
] as const satisfies readonly NodeKind[];

/** Fails to compile when a kind of `NodeKinds` is missing from `NODE_KINDS`. */
const EVERY_KIND_LISTED: Exclude<NodeKind, (typeof NODE_KINDS)[number]> extends never ? true : never = true;
void EVERY_KIND_LISTED;

/** The typed nodes of one request, by kind. */
export type NodeLists = { [K in NodeKind]: Array<NodeKinds[K]> };

type ListsInOrder<Kinds extends readonly NodeKind[]> = {
  readonly [I in keyof Kinds]: Kinds[I] extends NodeKind ? NodeLists[Kinds[I]] : never;
};

/**
 * A request's node lists in `NODE_KINDS` order, for dispatch by a kind's position. Read by name, and
 * typed position by position against `NODE_KINDS`: reading them in a loop over the names costs more
 * per request than most rules (each read by a name held in a variable is a slow, generic look-up).
 */
export function nodeListsInOrder(nodes: NodeLists): ListsInOrder<typeof NODE_KINDS> {
  return [
    nodes.document,
    nodes.request,
    nodes.message,
    nodes.tool,
    nodes.functionTool,
    nodes.responseFormat,
    nodes.embeddedSchema,
    nodes.strictSchema,
    nodes.inputItem,
    nodes.responsesTool,
    nodes.textFormat,
  ];
}

/**
 * The node kinds a rule for the APIs `A` sees: its `request` node is narrowed to those APIs, so a
 * Chat-only rule reads Chat fields without checks, and a rule for both must narrow on `api` or read
 * shared parameters through `param()`.
 */
export type NodeKindsFor<A extends Api> = Omit<NodeKinds, 'request'> & { request: Extract<RequestNode, { api: A }> };

/** A rule's visitors: each gets its node and the request's context. */
export type Visitors<A extends Api = Api, MessageId extends string = string> = {
  [K in NodeKind]?: (node: NodeKindsFor<A>[K], context: RuleContext<MessageId>) => void;
};
