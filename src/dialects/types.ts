import { type EmbeddedSchemaNode, type FunctionToolNode, type NodeLists } from '../nodes.js';
import { enforcesStrict } from '../structured-outputs/strict.js';
import { StrictSchema } from '../structured-outputs/strict-schema-node.js';
import type { Problem } from '../engine/report/problems.js';
import type { Api, Dialect } from '../types.js';

/**
 * A dialect is an input format: a wire API body, or a client library's options object that the
 * library turns into one. The engine validates the user's document against the dialect's own schema
 * (so schema findings name the user's keys), then lints the wire request the dialect maps it to, and
 * maps every reported pointer back into the user's document.
 */
export interface DialectAdapter {
  id: Dialect;
  /** Human name for messages ("Chat Completions"). */
  title: string;
  /** One line for `--help` and the docs: what documents of this dialect are. */
  description: string;
  /** The JSON Schema the user's document must satisfy. */
  schema: object;
  /** Its editors' copy is `schemas/json/<jsonSchemaName>.schema.json` (generated, and used by the language server). */
  jsonSchemaName: string;
  /** The top-level keys auto-detection reads, as data (see `detectDialect`). */
  evidence: {
    /** Keys that define the dialect (`messages`, `input`...): one is enough to tell it, nothing is guessed. */
    decisive: readonly string[];
    /** Keys only this dialect has, that count as weaker evidence. */
    supporting: readonly string[];
  };
  /**
   * For a client library's options: why a top-level key its schema does not list is wrong, ending
   * `schema/unknown-property`'s sentence (default: "the API rejects keys it does not know").
   */
  unknownKeyNote?: string;
  /**
   * Maps the (schema-valid enough) user document onto the wire request. `written` is what the caller
   * knows about where the document's keys were written, which the document cannot say; a dialect it
   * does not concern ignores it.
   */
  toWire(document: Record<string, unknown>, written?: WrittenPlaces): WireRequest;
  /**
   * For a wire API: one walk over a request that collects every typed node a rule may visit, leaving
   * out the nodes whose subtree failed the schema (`trusted` says which passed).
   */
  extractNodes?(request: Record<string, unknown>, trusted: TrustPredicate): NodeLists;
  /**
   * For a wire API: a valid conversation (`messages`, `input`) that stands in for the one a client
   * library passes at call time, when a request mapped from its options is validated.
   */
  conversationPlaceholder?: Readonly<Record<string, unknown>>;
}

/** Where a client library's options were written, when the caller knows (the `lint()` option of the same name). */
export interface WrittenPlaces {
  /** LangChain: top-level keys written as call options, not as `ChatOpenAI` constructor fields. */
  langchainCallOptions?: readonly string[];
}

export interface WireRequest {
  api: Api;
  request: Record<string, unknown>;
  /** Pointer in the wire request → pointer in the user's document; `undefined` when it has no counterpart. */
  toUserPointer(wirePointer: string): string | undefined;
  /**
   * Findings the mapping itself makes (e.g. options a client library drops silently), with pointers
   * already in the user's document and ids of engine checks.
   */
  findings?: readonly Problem[];
  /**
   * For a client library's request: the top-level keys whose values the user's own schema has not
   * checked the way the wire schema would (values the library reshapes, places where the wire is
   * stricter, values passed through unchecked). Only these are validated against the wire schema;
   * without the list, the whole request is.
   */
  uncheckedKeys?: readonly string[];
}

/** Decides whether a subtree passed schema validation (so its node may be dispatched). */
export type TrustPredicate = (pointer: string) => boolean;

export const identityPointer = (pointer: string): string => pointer;

/**
 * The node lists of one request with only the whole-body nodes filled in: `document` always,
 * `request` when the body passed the schema.
 */
export function emptyNodeLists(api: Api, request: Record<string, unknown>, trusted: TrustPredicate): NodeLists {
  const whole = { api, path: '' as const, value: request };
  // Written out (the type requires every kind): this runs for every request.
  return {
    document: [whole],
    request: trusted('') ? [whole as NodeLists['request'][number]] : [],
    message: [],
    tool: [],
    functionTool: [],
    responseFormat: [],
    embeddedSchema: [],
    strictSchema: [],
    inputItem: [],
    responsesTool: [],
    textFormat: [],
  };
}

/** Adds an embedded schema, and to the strict ones when the API enforces the subset on it. */
export function addEmbeddedSchema(lists: NodeLists, node: EmbeddedSchemaNode): void {
  lists.embeddedSchema.push(node);
  if (enforcesStrict(node)) lists.strictSchema.push(new StrictSchema(node));
}

/**
 * Adds a function tool's node and, when it has parameters, its embedded schema (owned by the
 * function). `strictImplied`: `strict` is on only by the API's default (Responses, see
 * `EmbeddedSchemaNode.strictImplied`).
 */
export function addFunctionTool(lists: NodeLists, tool: FunctionToolNode, strictImplied?: boolean): void {
  lists.functionTool.push(tool);
  if (tool.parameters === undefined) return;
  addEmbeddedSchema(lists, {
    api: tool.api,
    path: tool.parametersPath,
    schema: tool.parameters,
    strict: tool.strict === true,
    strictImplied,
    owner: { kind: 'function', name: tool.name, path: tool.path },
  });
}

/**
 * A function tool node from where its fields live: the tool itself (Responses) or its `function`
 * object (Chat), so rules need not care which.
 */
export function functionToolNode(
  api: Api,
  path: string,
  index: number,
  fieldsPath: string,
  fields: { name: string; description?: string | null; parameters?: unknown; strict?: boolean | null },
  strict: boolean | null | undefined,
): FunctionToolNode {
  return {
    api,
    path,
    index,
    name: fields.name,
    namePath: fieldsPath + '/name',
    description: fields.description ?? undefined,
    descriptionPath: fieldsPath + '/description',
    parameters: fields.parameters === null ? undefined : (fields.parameters as Record<string, unknown> | undefined),
    parametersPath: fieldsPath + '/parameters',
    strict,
    strictPath: fieldsPath + '/strict',
  };
}
