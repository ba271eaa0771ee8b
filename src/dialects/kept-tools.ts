import { DerivationCache } from '../derivation-cache.js';
import type { Api } from '../types.js';
import type { MappedRequestSchema } from './mapped-request-schema.js';
import { frozenGroup, type NodeLists, type TrustPredicate } from './types.js';

/**
 * A request's `tools`, kept across calls while the list is unchanged. An application defines its
 * tools once and sends the same list with every request, while the conversation changes; validating
 * the list (a third to a half of validating a tool-heavy request) and extracting its nodes (four
 * objects per function tool) are then done once. A list is kept only after a request that carried it
 * passed the schema, and reused only while a snapshot of it still matches (`derivation-cache.ts`), so
 * a kept list is a valid one: the rest of the request is validated by the request schema without
 * `tools` (`restSchema`), and the kept nodes stand in for extracting them.
 */
export class KeptTools {
  private readonly nodes: DerivationCache<unknown[], NodeLists>;

  constructor(
    /** The request schema with `tools` accepting anything, and the name of its build-time validator. */
    readonly restSchema: MappedRequestSchema,
    /** The nodes of a tool list (every node trusted: the list passed the schema). */
    extract: (tools: unknown[], trusted: TrustPredicate) => NodeLists,
  ) {
    // Kept lists are frozen: a list the request adds more nodes to is then copied (`withNode`), never changed.
    this.nodes = new DerivationCache((tools) => extract(tools, ALL_TRUSTED), { onKeep: frozenGroup });
  }

  /** The kept nodes of this request's `tools` when the list was kept and is unchanged (so it is valid). */
  peek(request: Record<string, unknown>): NodeLists | undefined {
    const tools = request.tools;
    return Array.isArray(tools) ? this.nodes.peek(tools) : undefined;
  }

  /** The nodes of the `tools` of a request that passed the schema, kept for its next calls. */
  nodesOf(tools: unknown[]): NodeLists {
    return this.nodes.derive(tools);
  }
}

/** The request schema of `api` with `tools` accepting anything: the rest of a request whose tools are kept. */
export function restSchemaOf(api: Api, schema: object): MappedRequestSchema {
  const { properties } = schema as { properties: Record<string, unknown> };
  return { name: `${api}.without-tools`, schema: { ...schema, properties: { ...properties, tools: {} } } };
}

/** Every node is trusted (the list passed the schema). */
export const ALL_TRUSTED: TrustPredicate = () => true;
