import type { Node } from 'jsonc-parser';
import { joinPointer } from './pointer.js';

export interface DuplicateKey {
  /** Pointer to the key within its object (it resolves to the value the API keeps: the last one). */
  pointer: string;
  key: string;
  /** The occurrence the API ignores. */
  ignored: Node;
  /** The occurrence the API keeps. */
  kept: Node;
}

/**
 * Every key that appears more than once in an object. The API (like `JSON.parse`) silently keeps the
 * last value, so an earlier occurrence is dead text that a reader will take for the real setting.
 */
export function findDuplicateKeys(tree: Node): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Array<{ node: Node; pointer: string }> = [{ node: tree, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => stack.push({ node: child, pointer: joinPointer(pointer, index) }));
      continue;
    }
    if (node.type !== 'object') continue;
    const lastByKey = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key !== undefined) lastByKey.set(String(key.value), key);
    }
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key === undefined) continue;
      const name = String(key.value);
      const kept = lastByKey.get(name)!;
      if (kept !== key) found.push({ pointer: joinPointer(pointer, name), key: name, ignored: key, kept });
      else if (value !== undefined) stack.push({ node: value, pointer: joinPointer(pointer, name) });
    }
  }
  return found;
}
