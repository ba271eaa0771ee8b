import { DerivationCache } from '../derivation-cache.js';
import type { Dialect } from '../types.js';
import type { NamedSchema } from './mapped-request-schema.js';
import { ALL_TRUSTED, emptyNodeGroup, frozenGroup, type NodeLists, type TrustPredicate } from './types.js';

/** What is kept of a valid tool list: for a wire API, its nodes (every node trusted: the list is valid). */
export interface KeptToolList {
  readonly nodes?: NodeLists;
}

/**
 * A request's `tools`, kept across calls while the list is unchanged. An application defines its
 * tools once and sends the same list with every request, while the conversation changes; validating
 * the list (a third to a half of validating a tool-heavy request) and, for a wire API, extracting
 * its nodes (four objects per function tool) are then done once. A list is kept only after a request
 * that carried it passed the schema, and reused only while a snapshot of it still matches
 * (`derivation-cache.ts`), so a kept list is a valid one: the rest of the request is validated by the
 * dialect's schema without `tools` (`restSchema`), and a wire API's kept nodes stand in for
 * extracting them.
 */
export class KeptTools {
  private readonly kept: DerivationCache<unknown[], KeptToolList>;

  constructor(
    /** The dialect's schema with `tools` accepting anything, and the name of its build-time validator. */
    readonly restSchema: NamedSchema,
    /** For a wire API: adds the nodes of a tool list to a group (as its extractor does for a request). */
    addNodes?: (tools: unknown[], trusted: TrustPredicate, group: NodeLists) => void,
  ) {
    this.kept =
      addNodes === undefined
        ? new DerivationCache(() => VALID)
        : new DerivationCache(
            (tools): KeptToolList => {
              const nodes = emptyNodeGroup();
              addNodes(tools, ALL_TRUSTED, nodes);
              return { nodes };
            },
            // Kept lists are frozen: a list the request adds more nodes to is then copied (`withNode`), never changed.
            { onKeep: (kept) => frozenGroup(kept.nodes!) },
          );
  }

  /** What was kept of this request's `tools` when the list was kept and is unchanged (so it is valid). */
  peek(request: Record<string, unknown>): KeptToolList | undefined {
    const tools = request.tools;
    return Array.isArray(tools) ? this.kept.peek(tools) : undefined;
  }

  /** For a request that passed the schema: what is kept of its `tools` (from its next call on, see `DerivationCache`). */
  keep(request: Record<string, unknown>): KeptToolList | undefined {
    const tools = request.tools;
    return Array.isArray(tools) ? this.kept.derive(tools) : undefined;
  }
}

/** What is kept of a valid tool list when there are no nodes to keep (a client library's options). */
const VALID: KeptToolList = Object.freeze({});

/** The schema of `dialect` with `tools` accepting anything: the rest of a request whose tools are kept. */
export function restSchemaOf(dialect: Dialect, schema: object): NamedSchema {
  const { properties } = schema as { properties: Record<string, unknown> };
  return { name: `${dialect}.without-tools`, schema: { ...schema, properties: { ...properties, tools: {} } } };
}
