import type { EmbeddedSchemaNode, NodeKinds } from '../nodes.js';
import { enforcesStrict } from '../structured-outputs/strict.js';
import { StrictSchema } from '../structured-outputs/strict-schema-node.js';
import type { Api, Dialect } from '../types.js';
import type { RawFinding } from '../engine/findings.js';
import type { KeptTools } from './kept-tools.js';

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
  /** The JSON Schema the user's document must satisfy. */
  schema: object;
  /** The top-level keys auto-detection reads, as data (see `detectDialect`). */
  evidence: {
    /** Keys that define the dialect (`messages`, `input`...): one is enough to tell it, nothing is guessed. */
    decisive: readonly string[];
    /** Keys only this dialect has, that count as weaker evidence. */
    supporting: readonly string[];
  };
  /** Maps the (schema-valid enough) user document onto the wire request. */
  toWire(document: Record<string, unknown>): WireRequest;
  /**
   * Its `tools` lists kept across calls, validated once (`kept-tools.ts`); for a wire API, with the
   * list's nodes, extracted once too.
   */
  keptTools?: KeptTools;
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
  findings?: readonly RawFinding[];
  /**
   * For a client-library dialect: the top-level keys of `request` that its own schema has not already
   * checked as the wire schema would (values the library makes up or reshapes, `modelKwargs`...).
   * Only these are validated against the wire schema; `undefined` means all of them.
   */
  uncheckedKeys?: readonly string[];
}

/** The typed nodes of one request, extracted in a single walk. */
export type NodeLists = { [K in keyof NodeKinds]: ReadonlyArray<NodeKinds[K]> };

/** Shared by every kind a request has no nodes of: most requests have nodes of only two or three kinds. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The node lists of one request with only the whole-body nodes filled in. `document` and `request`
 * share one node (the body at `''`; `request` only when it passed the schema), and the other lists
 * are allocated on first `withNode`, not up front, since a pre-flight check runs on every request.
 */
export function emptyNodeLists(api: Api, request: Record<string, unknown>, requestTrusted: boolean): NodeLists {
  const whole = [{ api, path: '', value: request }];
  return nodeLists(whole, requestTrusted ? whole : NONE);
}

/** Node lists with nothing in them, for the nodes of one part of a request (its `tools`, see `kept-tools.ts`). */
export function emptyNodeGroup(): NodeLists {
  return nodeLists(NONE, NONE);
}

/** Every kind is listed here once, so a new node kind is added in one place for every API. */
function nodeLists(document: readonly unknown[], request: readonly unknown[]): NodeLists {
  return { request, message: NONE, tool: NONE, functionTool: NONE, responseFormat: NONE, embeddedSchema: NONE, strictSchema: NONE, document, inputItem: NONE, responsesTool: NONE, textFormat: NONE } as unknown as NodeLists;
}

/** Freezes the lists of a filled group: a kept group is shared between calls, so `withNode` copies its lists. */
export function frozenGroup(group: NodeLists): NodeLists {
  for (const kind in group) Object.freeze(group[kind as keyof NodeLists]);
  return group;
}

/** Adds an embedded schema, and to the strict ones when the API enforces the subset on it. */
export function addEmbeddedSchema(lists: NodeLists, node: EmbeddedSchemaNode): void {
  lists.embeddedSchema = withNode(lists.embeddedSchema, node);
  if (enforcesStrict(node)) lists.strictSchema = withNode(lists.strictSchema, new StrictSchema(node));
}

/**
 * `list` with `node` appended (the shared empty list, and a kept group's list, are replaced by a new one). Extractors write
 * `lists.message = withNode(lists.message, node)`, a named field per kind: a generic `lists[kind]`
 * was a slow keyed lookup for every node of every request.
 */
export function withNode<T>(list: readonly T[], node: T): readonly T[] {
  // The shared empty list, or a kept group's list (see `frozenGroup`): shared, so copied.
  if (Object.isFrozen(list)) return [...list, node];
  (list as T[]).push(node);
  return list;
}

/** `lists` followed by the `kept` ones of a kept tool list (either may be empty; neither is changed). */
export function withKept<T>(list: readonly T[], kept: readonly T[]): readonly T[] {
  if (list.length === 0) return kept;
  return kept.length === 0 ? list : [...list, ...kept];
}

/** Decides whether a subtree passed schema validation (so its node may be dispatched). */
export type TrustPredicate = (pointer: string) => boolean;

/** Every node is trusted: the request (or the part of it extracted) passed the schema. */
export const ALL_TRUSTED: TrustPredicate = () => true;

export const identityPointer = (pointer: string): string => pointer;
