import type { EmbeddedSchemaNode } from '../nodes.js';

/**
 * Per-node memoisation for what every structured-outputs rule asks of the same schema. The value is
 * kept on the node itself, under a symbol private to the caller: nodes are made afresh for each
 * `lint` call, so a caller who edits a schema object between calls never sees a stale value, and a
 * WeakMap keyed by node cost more than the whole analysis (each entry slows down every young-generation
 * garbage collection). The value also records the schema and the path it was made from, so a node
 * copied with another `schema` or `path` (whose pointers would differ) does not inherit it.
 */
export function memoOnNode<T>(node: EmbeddedSchemaNode, key: symbol, make: (node: EmbeddedSchemaNode) => T): T {
  const slot = node as unknown as Record<symbol, Memo<T> | undefined>;
  const memo = slot[key];
  if (memo !== undefined && memo.schema === node.schema && memo.path === node.path) return memo.value;
  const value = make(node);
  slot[key] = { schema: node.schema, path: node.path, value };
  return value;
}

interface Memo<T> {
  schema: Record<string, unknown>;
  path: string;
  value: T;
}
