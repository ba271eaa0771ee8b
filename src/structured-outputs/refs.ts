import { unescapeSegment } from '../json-pointer.js';
import { isRecord } from '../json-value.js';

/**
 * - `resolved`: a local reference to the root (`#`) or into `$defs`/`definitions` that exists.
 * - `external`: not a `#` fragment of this schema (another document, a URL, an `$id`).
 * - `not-a-definition`: local, but into something other than `$defs`/`definitions`.
 * - `dangling`: local, but nothing is there.
 * - `cycle`: a chain of references that only point at each other, so it never reaches a schema.
 */
export type RefStatus = 'resolved' | 'external' | 'not-a-definition' | 'dangling' | 'cycle';

const DEFINITION_KEYWORDS = ['$defs', 'definitions'] as const;

export const DEFINITIONS: ReadonlySet<string> = new Set(DEFINITION_KEYWORDS);

/**
 * Whether a reference resolves (`resolved`, following bare `{ "$ref": ... }` aliases to the schema at
 * the end of the chain), or why it does not. Never loops. `memo`, shared across the references of
 * one walk of one schema, makes resolving every alias of a chain linear in the chain.
 */
export function resolveRef(root: Record<string, unknown>, ref: string, memo?: Map<string, RefStatus>): RefStatus {
  const known = memo?.get(ref);
  if (known !== undefined) return known;
  // Most references point straight at a definition: the list of visited aliases is made only for chains.
  let visited: Set<string> | undefined;
  let current = ref;
  let status: RefStatus;
  for (;;) {
    const target = lookup(root, current);
    if (typeof target === 'string') {
      status = target;
      break;
    }
    const next = target.$ref;
    // Only a bare alias (`{ "$ref": ... }` alone) can form a cycle that never reaches a schema; a
    // recursive reference from inside an object's properties is fine, and is never followed here.
    if (typeof next !== 'string' || !isBareRef(target)) {
      status = 'resolved';
      break;
    }
    (visited ??= new Set()).add(current);
    if (visited.has(next)) {
      status = 'cycle';
      break;
    }
    const later = memo?.get(next);
    if (later !== undefined) {
      status = later;
      break;
    }
    current = next;
  }
  if (visited !== undefined && memo !== undefined) {
    // Every alias on the chain ends where this one does: remembered (for one walk of one schema,
    // passed by the caller), a schema with N chained aliases costs N steps in all, not N².
    for (const alias of visited) memo.set(alias, status);
    memo.set(ref, status);
  }
  return status;
}

/** `{ "$ref": ... }` and nothing else. */
function isBareRef(schema: Record<string, unknown>): boolean {
  let count = 0;
  for (const key in schema) if (Object.hasOwn(schema, key) && ++count > 1) return false;
  return count === 1;
}

/** The schema a local `$ref` points at, or why it points at none. */
export function lookup(root: Record<string, unknown>, ref: string): Record<string, unknown> | Exclude<RefStatus, 'resolved' | 'cycle'> {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return 'external';
  // Percent-encoding and `~` escapes are rare: a plain reference is read in place, without splitting
  // and decoding it (the walk resolves every reference of every strict schema).
  if (!ref.includes('%') && !ref.includes('~')) return lookupPlain(root, ref);
  let segments: string[];
  try {
    segments = ref
      .slice(2)
      .split('/')
      .map((s) => unescapeSegment(decodeURIComponent(s)));
  } catch {
    return 'dangling';
  }
  if (!DEFINITIONS.has(segments[0]!)) return 'not-a-definition';
  let node: unknown = root;
  for (const segment of segments) {
    node = step(node, segment);
    if (node === MISSING) return 'dangling';
  }
  return isRecord(node) ? node : 'dangling';
}

/** `lookup` of a reference whose segments need no decoding. */
function lookupPlain(root: Record<string, unknown>, ref: string): ReturnType<typeof lookup> {
  const keyword = definitionsKeyword(ref);
  if (keyword === undefined) return 'not-a-definition';
  // The keyword is read with a constant key, cheaper than a key cut out of the reference.
  let node = step(root, keyword);
  // `start` is at the `/` before the next segment.
  for (let start = 2 + keyword.length; node !== MISSING && start < ref.length;) {
    const end = ref.indexOf('/', start + 1);
    node = step(node, end === -1 ? ref.slice(start + 1) : ref.slice(start + 1, end));
    start = end === -1 ? ref.length : end;
  }
  return node !== MISSING && isRecord(node) ? node : 'dangling';
}

/** The definitions keyword that a plain `#/...` reference starts with, compared in place. */
function definitionsKeyword(ref: string): (typeof DEFINITION_KEYWORDS)[number] | undefined {
  for (const keyword of DEFINITION_KEYWORDS) {
    const end = 2 + keyword.length;
    if (ref.startsWith(keyword, 2) && (ref.length === end || ref.charCodeAt(end) === SLASH)) return keyword;
  }
  return undefined;
}

const SLASH = '/'.charCodeAt(0);

const MISSING = Symbol('missing');

/**
 * One pointer step: an array index or an own key. Unlike `engine/pointer.ts`, an index may have
 * leading zeros (`01` reads element 1): references that use them resolve today, and refusing them
 * would report them as dangling.
 */
function step(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) {
    if (!/^\d+$/.test(segment)) return MISSING;
    const index = Number(segment);
    return index < node.length ? node[index] : MISSING;
  }
  return isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : MISSING;
}
