import { DerivationCache } from '../derivation-cache.js';
import type { Dialect } from '../types.js';
import type { MappedRequestSchema } from './mapped-request-schema.js';
import { frozenGroup, type NodeLists, type TrustPredicate } from './types.js';

/** What the engine asks of a dialect's kept tool lists (`DialectAdapter.keptTools`). */
export interface ToolListKeeper {
  readonly restSchema: MappedRequestSchema;
  peek(request: Record<string, unknown>): object | undefined;
  keep(request: Record<string, unknown>): object | undefined;
}

/**
 * A request's `tools`, kept across calls while the list is unchanged. An application defines its
 * tools once and sends the same list with every request, while the conversation changes; validating
 * the list (a third to a half of validating a tool-heavy request) and, for a wire API, extracting
 * its nodes (four objects per function tool) are then done once. A list is kept only after a request
 * that carried it passed the schema, and reused only while a snapshot of it still matches
 * (`derivation-cache.ts`), so a kept list is a valid one: the rest of the request is validated by the
 * dialect's schema without `tools` (`restSchema`), and the kept value (the list's nodes, for a wire
 * API) stands in for extracting them.
 */
export class KeptTools<Kept extends object = NodeLists> implements ToolListKeeper {
  private readonly kept: DerivationCache<unknown[], Kept>;

  constructor(
    /** The dialect's schema with `tools` accepting anything, and the name of its build-time validator. */
    readonly restSchema: MappedRequestSchema,
    /** What is kept for a valid list: for a wire API its nodes (every node trusted: the list is valid). */
    derive: (tools: unknown[]) => Kept,
    onKeep?: (kept: Kept) => void,
  ) {
    this.kept = new DerivationCache(derive, onKeep === undefined ? {} : { onKeep });
  }

  /** What was kept for this request's `tools` when the list was kept and is unchanged (so it is valid). */
  peek(request: Record<string, unknown>): Kept | undefined {
    const tools = request.tools;
    return Array.isArray(tools) ? this.kept.peek(tools) : undefined;
  }

  /** For a request that passed the schema: what is kept for its `tools` (from its next call on, see `DerivationCache`). */
  keep(request: Record<string, unknown>): Kept | undefined {
    const tools = request.tools;
    return Array.isArray(tools) ? this.kept.derive(tools) : undefined;
  }
}

/** A wire API's kept tool lists: their nodes, frozen once kept (a list the request adds to is then copied by `withNode`). */
export function keptToolNodes(restSchema: MappedRequestSchema, extract: (tools: unknown[], trusted: TrustPredicate) => NodeLists): KeptTools<NodeLists> {
  return new KeptTools(restSchema, (tools) => extract(tools, ALL_TRUSTED), frozenGroup);
}

/** The schema of `dialect` with `tools` accepting anything: the rest of a request whose tools are kept. */
export function restSchemaOf(dialect: Dialect, schema: object): MappedRequestSchema {
  const { properties } = schema as { properties: Record<string, unknown> };
  return { name: `${dialect}.without-tools`, schema: { ...schema, properties: { ...properties, tools: {} } } };
}

/** Every node is trusted (the list passed the schema). */
const ALL_TRUSTED: TrustPredicate = () => true;
