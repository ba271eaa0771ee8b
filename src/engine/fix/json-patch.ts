import { getAtPointer, hasPointer, parsePointer, toPointer } from '../../json-pointer.js';
import type { JsonPatch, JsonPatchOperation } from '../../types.js';

/**
 * RFC 6902 application on a copy: the caller's value is never touched. Throws `PatchError` when an
 * operation does not apply (a `test` fails, a path is missing), so callers can skip that fix.
 */
export class PatchError extends Error {}

export function applyPatch<T>(document: T, patch: JsonPatch): T {
  let result: unknown = cloneRequest(document);
  for (const operation of patch) result = applyOperation(result, operation);
  return result as T;
}

function applyOperation(document: unknown, operation: JsonPatchOperation): unknown {
  switch (operation.op) {
    case 'test':
      if (!deepEqual(getAtPointer(document, operation.path), operation.value)) throw new PatchError(`test failed at ${operation.path}`);
      return document;
    case 'remove':
      requirePath(document, operation.path);
      return setAt(document, operation.path, undefined, 'remove');
    case 'add':
      return setAt(document, operation.path, cloneRequest(operation.value), 'add');
    case 'replace':
      requirePath(document, operation.path);
      return setAt(document, operation.path, cloneRequest(operation.value), 'replace');
    case 'move': {
      requirePath(document, operation.from);
      const value = getAtPointer(document, operation.from);
      const without = setAt(document, operation.from, undefined, 'remove');
      return setAt(without, operation.path, value, 'add');
    }
    case 'copy':
      requirePath(document, operation.from);
      return setAt(document, operation.path, cloneRequest(getAtPointer(document, operation.from)), 'add');
  }
}

/**
 * A copy of a request object for fixing. Not `structuredClone`: a request may hold what JSON never
 * sees but its owner does (functions such as LangChain callbacks, Symbol-keyed properties, a Proxy,
 * a BigInt) and the copy must keep them, not throw or drop them. Shared objects stay shared and
 * cycles stay cycles, so a DAG costs its size, not its number of paths. Depth is bounded by the
 * nesting limit that `lint` enforces before any fix exists.
 */
export function cloneRequest<T>(value: T, copies = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (let i = 0; i < value.length; i++) copy.push(cloneRequest(value[i], copies));
    return copy as T;
  }
  const copy: Record<PropertyKey, unknown> = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype);
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    Object.defineProperty(copy, key, {
      value: cloneRequest((value as Record<PropertyKey, unknown>)[key], copies),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

function requirePath(document: unknown, pointer: string): void {
  if (!hasPointer(document, pointer)) throw new PatchError(`no value at ${pointer}`);
}

function setAt(document: unknown, pointer: string, value: unknown, mode: 'add' | 'replace' | 'remove'): unknown {
  const segments = parsePointer(pointer);
  if (segments.length === 0) {
    if (mode === 'remove') throw new PatchError('cannot remove the document root');
    return value;
  }
  const last = segments[segments.length - 1]!;
  const parentValue = getAtPointer(document, toPointer(segments.slice(0, -1)));
  if (Array.isArray(parentValue)) {
    const index = last === '-' ? parentValue.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parentValue.length) throw new PatchError(`bad array index at ${pointer}`);
    if (mode === 'add') parentValue.splice(index, 0, value);
    else if (mode === 'replace') parentValue[index] = value;
    else parentValue.splice(index, 1);
  } else if (parentValue !== null && typeof parentValue === 'object') {
    const record = parentValue as Record<string, unknown>;
    if (mode === 'remove') delete record[last];
    else Object.defineProperty(record, last, { value, enumerable: true, writable: true, configurable: true });
  } else {
    throw new PatchError(`no container at ${pointer}`);
  }
  return document;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
