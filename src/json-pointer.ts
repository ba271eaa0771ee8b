/** RFC 6901 JSON Pointers: the one way paths are spelled in diagnostics, fixes and the API. */

export type PointerSegment = string | number;

// Pointers are built and read on every request, and nearly every segment is a plain name or an index:
// those skip the regular expressions.
export function escapeSegment(segment: PointerSegment): string {
  if (typeof segment === 'number') return String(segment);
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A segment that names an array element: `0`, or digits without a leading zero. */
export function isArrayIndex(segment: string): boolean {
  return /^(0|[1-9]\d*)$/.test(segment);
}

export function unescapeSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function toPointer(segments: readonly PointerSegment[]): string {
  let pointer = '';
  for (const segment of segments) pointer += '/' + escapeSegment(segment);
  return pointer;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Invalid JSON Pointer ${JSON.stringify(pointer)}: it must be empty or start with "/".`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

export function joinPointer(base: string, ...segments: PointerSegment[]): string {
  return base + toPointer(segments);
}

export function parentPointer(pointer: string): string {
  const cut = pointer.lastIndexOf('/');
  return cut <= 0 ? '' : pointer.slice(0, cut);
}

export function lastSegment(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return unescapeSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

/** True when `pointer` is `ancestor` or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(ancestor + '/');
}

/** What `lookupSegments` returns when a step is missing (`undefined` may be a value that is there). */
export const MISSING = Symbol('missing');

/** Resolves a pointer in a parsed value; `undefined` when any step is missing. */
export function getAtPointer(value: unknown, pointer: string): unknown {
  const found = lookupSegments(value, parsePointer(pointer));
  return found === MISSING ? undefined : found;
}

export function hasPointer(value: unknown, pointer: string): boolean {
  return lookupSegments(value, parsePointer(pointer)) !== MISSING;
}

/**
 * The value at a pointer already split into segments (for pointers resolved on every request, split
 * once), or `MISSING`.
 */
export function lookupSegments(value: unknown, segments: readonly string[]): unknown {
  let current: unknown = value;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (Array.isArray(current)) {
      if (!isArrayIndex(segment)) return MISSING;
      const index = Number(segment);
      if (index >= current.length) return MISSING;
      current = current[index];
    } else if (current !== null && typeof current === 'object') {
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return MISSING;
      current = (current as Record<string, unknown>)[segment];
    } else {
      return MISSING;
    }
  }
  return current;
}

/**
 * Formats a pointer the way the API names parameters in its errors (`tools[0].function.name`),
 * which is also how users search their code for it.
 */
export function pointerToDisplayPath(pointer: string): string {
  let out = '';
  for (const segment of parsePointer(pointer)) {
    if (isArrayIndex(segment)) out += `[${segment}]`;
    else out += (out === '' ? '' : '.') + segment;
  }
  return out;
}
