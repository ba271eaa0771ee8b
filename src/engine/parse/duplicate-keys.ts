import type { Node } from 'jsonc-parser';
import { joinPointer } from '../../json-pointer.js';

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

/**
 * Whether strict JSON `text`, already parsed into `value` by `JSON.parse`, may repeat a key in some
 * object. `false` is a proof: in strict JSON every `:` outside a string separates one member, and
 * `JSON.parse` keeps one property per distinct key, so the text has duplicates exactly when it has
 * more members than `value` has properties. Both counts are linear and far cheaper than building the
 * syntax tree that `findDuplicateKeys` needs. Only valid for text that `JSON.parse` accepted.
 */
export function mayHaveDuplicateKeys(text: string, value: unknown): boolean {
  const properties = countProperties(value);
  // Every member has its colon, so a text with no more colons than the value has properties has no
  // more members either. Only colons inside strings (`https://`, `Note:`) need the exact count.
  return countColons(text) !== properties && countMembers(text) !== properties;
}

function countColons(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) count++;
  return count;
}

function countProperties(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in value) {
      count++;
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return count;
}

/** Colons outside strings, jumping from quote to quote with `indexOf` (native speed) instead of a char loop. */
function countMembers(text: string): number {
  let count = 0;
  let position = 0;
  // The next colon at or after `position`, kept between segments so no stretch of text is searched twice.
  let colon = text.indexOf(':');
  while (colon !== -1) {
    const quote = text.indexOf('"', position);
    const segmentEnd = quote === -1 ? text.length : quote;
    while (colon !== -1 && colon < segmentEnd) {
      count++;
      colon = text.indexOf(':', colon + 1);
    }
    if (quote === -1) break;
    const close = closingQuote(text, quote);
    position = close + 1;
    if (colon !== -1 && colon < position) colon = text.indexOf(':', position);
  }
  return count;
}

/** The quote that ends the string opening at `open` (the text is valid JSON, so there is one). */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return text.length;
}
