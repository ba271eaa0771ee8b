import { escapeSegment, toPointer } from '../../json-pointer.js';

/**
 * The nesting limit. Every stage after parsing (schema validation, the node extractors, rules,
 * fixes, JSON Patch) walks values recursively, and a document nested a few thousand levels deep
 * would overflow the call stack in one of them. Real requests nest a few dozen levels (the API's
 * own Structured Outputs limit is 10 levels of schema nesting), so a document deeper than this is
 * refused up front with one diagnostic at the point where it passes the limit, instead of crashing
 * somewhere later. Documented in docs/limits.md.
 */
export const MAX_NESTING_DEPTH = 512;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const NEWLINE = 0x0a;

/**
 * The offset of the first `[` or `{` that opens level `MAX_NESTING_DEPTH + 1`, in JSON or JSONC
 * text (strings and comments skipped), or -1. One linear pass, no allocation.
 */
export function textTooDeepAt(text: string, limit = MAX_NESTING_DEPTH): number {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return i;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth > 0) depth--;
    } else if (code === QUOTE) {
      for (i++; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === QUOTE || c === NEWLINE) break;
      }
    } else if (code === SLASH && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) {
        const end = text.indexOf('\n', i + 2);
        i = end === -1 ? length : end;
      } else if (next === STAR) {
        const end = text.indexOf('*/', i + 2);
        i = end === -1 ? length : end + 1;
      }
    }
  }
  return -1;
}

/**
 * How many containers the quick check may visit before it leaves the answer to the exact walk: a
 * request of a few megabytes (a 7,500-message conversation is about 30,000) is answered by the quick
 * check alone, and a value whose shared parts multiply its paths costs at most this many steps (a
 * millisecond or two) before the exact walk, which counts each object once.
 */
const QUICK_CHECK_BUDGET = 100_000;

/**
 * Whether a parsed value is cleared by a quick recursive walk: at most `limit` frames deep, at most
 * `QUICK_CHECK_BUDGET` containers, no allocation. `false` means "not known": too deep, too big, a
 * cycle, or a DAG whose paths add up.
 */
export function fitsQuickly(root: unknown, limit = MAX_NESTING_DEPTH): boolean {
  if (!isContainer(root)) return true;
  let budget = QUICK_CHECK_BUDGET;
  const fits = (node: object, levelsLeft: number): boolean => {
    if (levelsLeft === 0 || --budget < 0) return false;
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) if (isContainer(child) && !fits(child, levelsLeft - 1)) return false;
      return true;
    }
    // `for...in` builds no array and, unlike `Object.keys`, also visits inherited enumerable keys:
    // a value that fits with those fits without them, so no key needs a `hasOwn` test.
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (isContainer(child) && !fits(child, levelsLeft - 1)) return false;
    }
    return true;
  };
  return fits(root, limit);
}

/**
 * The JSON Pointer of the first container of a parsed value that sits deeper than the limit, or
 * undefined. Every object input passes through here: a request of ordinary size is cleared by the
 * quick walk, and anything it cannot clear goes to the exact walk.
 */
export function valueTooDeepAt(root: unknown, limit = MAX_NESTING_DEPTH): string | undefined {
  return !isContainer(root) || fitsQuickly(root, limit) ? undefined : exactlyTooDeepAt(root, limit);
}

/**
 * `valueTooDeepAt` for any value: iterative (the check must not overflow the stack it protects) and
 * linear in the number of distinct objects: each container's height is computed once, so an object
 * shared by many parents (a DAG) costs once, and a back edge of a cycle counts as a leaf (cycles are
 * reported by the stages that meet them). It stops at the first container past the limit, so its
 * stack never holds more than `limit` frames, however deep the value goes.
 */
function exactlyTooDeepAt(root: object, limit: number): string | undefined {
  const height = new Map<object, number>();
  const onStack = new Set<object>();
  const stack: Frame[] = [];
  const push = (node: object, key: string) => {
    onStack.add(node);
    const keys = Array.isArray(node) ? undefined : Object.keys(node);
    const children = keys === undefined ? (node as unknown[]) : keys.map((name) => (node as Record<string, unknown>)[name]);
    stack.push({ node, key, keys, children, next: 0, max: 0 });
  };
  /** The pointer of the child `key` of the top frame, and `levels` more down its tallest children. */
  const pointerTo = (key: string, child: object, levels: number) =>
    toPointer([...stack.slice(1).map((frame) => frame.key), key]) + tallestPath(child, levels, height);
  push(root, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const index = frame.next++;
      const child = frame.children[index];
      if (!isContainer(child) || onStack.has(child)) continue;
      const key = frame.keys === undefined ? String(index) : frame.keys[index]!;
      // Most containers hold only scalars (`{ "type": "string" }`): height 1, known without a frame
      // or a memo entry, which were most of the cost (time and memory) on a large body.
      const known = holdsOnlyScalars(child) ? 1 : height.get(child);
      // The child sits at level `stack.length + 1`, its deepest container `known - 1` levels below.
      if (known !== undefined) {
        if (stack.length + known > limit) return pointerTo(key, child, limit - stack.length);
        frame.max = Math.max(frame.max, known);
      } else if (stack.length === limit) return pointerTo(key, child, 0);
      else push(child, key);
      continue;
    }
    stack.pop();
    onStack.delete(frame.node);
    const own = frame.max + 1;
    height.set(frame.node, own);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.max = Math.max(parent.max, own);
  }
  return undefined;
}

interface Frame {
  node: object;
  /** Its key in its parent (an index for an array). */
  key: string;
  /** An object's keys, in the order of `children`; undefined for an array. */
  keys: string[] | undefined;
  children: unknown[];
  next: number;
  /** The tallest height among the children seen so far. */
  max: number;
}

/** `levels` steps down the tallest container children of `node` (heights from `height`), as a pointer. */
function tallestPath(node: object, levels: number, height: ReadonlyMap<object, number>): string {
  let pointer = '';
  let current = node;
  for (let level = 0; level < levels; level++) {
    let best: { key: string; child: object; h: number } | undefined;
    for (const [key, child] of entriesOf(current)) {
      if (!isContainer(child)) continue;
      const h = height.get(child) ?? 1;
      if (best === undefined || h > best.h) best = { key, child, h };
    }
    if (best === undefined) break;
    pointer += '/' + escapeSegment(best.key);
    current = best.child;
  }
  return pointer;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

function holdsOnlyScalars(node: object): boolean {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (isContainer(node[i])) return false;
    return true;
  }
  // An inherited container only sends the node to a frame of its own, which reads its own keys.
  for (const key in node) if (isContainer((node as Record<string, unknown>)[key])) return false;
  return true;
}

function entriesOf(node: object): Array<[string, unknown]> {
  if (Array.isArray(node)) return node.map((value, index) => [String(index), value]);
  return Object.keys(node).map((key) => [key, (node as Record<string, unknown>)[key]]);
}
