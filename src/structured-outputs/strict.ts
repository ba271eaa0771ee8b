import type { EmbeddedSchemaNode } from '../nodes.js';

/**
 * Whether the API holds this schema to the strict subset and rejects the request when it is outside:
 * `strict` on, and not merely implied by a default the API falls back from (see `strictImplied`).
 */
export function enforcesStrict(node: EmbeddedSchemaNode): boolean {
  return node.strict && node.strictImplied !== true;
}
