/**
 * A found request as the JSON document reqlint lints (unknown values marked), and the way back from
 * a JSON Pointer in that document to the AST node that wrote it.
 */
import type * as ESTree from 'estree';
import type { FoundRequest } from './find-requests.js';
import type { StaticProperty, StaticValue } from './static-value.js';
import { UnknownValue, type PartialJson } from './unknown-values.js';

/** What wrote the value at one pointer. */
export interface Location {
  value: StaticValue;
  /** The property that holds the value, when its parent is an object. */
  property: StaticProperty | undefined;
  /** Written by another call (the receiver's constructor or `bind`): its own report covers it. */
  inherited: boolean;
}

export interface RequestDocument {
  template: PartialJson;
  locations: ReadonlyMap<string, Location>;
}

export function toDocument(request: FoundRequest): RequestDocument {
  const locations = new Map<string, Location>();
  const template = convert(request.root, '', undefined, false, request.inherited, locations);
  return { template, locations };
}

function convert(
  value: StaticValue,
  pointer: string,
  property: StaticProperty | undefined,
  inherited: boolean,
  inheritedTop: ReadonlySet<StaticProperty>,
  out: Map<string, Location>,
): PartialJson {
  out.set(pointer, { value, property, inherited });
  switch (value.kind) {
    case 'primitive':
      return value.value;
    case 'unknown':
      return new UnknownValue(pointer, value.candidates);
    case 'array':
      return value.items.map((item, index) => convert(item, `${pointer}/${index}`, undefined, inherited, inheritedTop, out));
    case 'object': {
      const result: Record<string, PartialJson> = {};
      for (const child of value.properties) {
        const childInherited = inherited || (pointer === '' && inheritedTop.has(child));
        Object.defineProperty(result, child.key, {
          value: convert(child.value, `${pointer}/${escapePointerSegment(child.key)}`, child, childInherited, inheritedTop, out),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
  }
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

export function lastSegment(pointer: string): string {
  return unescapePointerSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

/**
 * The node to underline for a finding at `pointer`: the property's key or its value, as the
 * diagnostic's `target` says. A pointer below what the code wrote (a key the request lacks) goes to
 * the nearest written ancestor; undefined when that is inherited or has no node at all.
 */
export function nodeForPointer(document: RequestDocument, pointer: string, target: 'key' | 'value'): ESTree.Node | undefined {
  let current = pointer;
  let exact = true;
  for (;;) {
    const location = document.locations.get(current);
    if (location !== undefined) {
      if (location.inherited) return undefined;
      const property = location.property?.property;
      if (exact && target === 'key' && property !== undefined) return property.key;
      // The value as written at this place (`model: MODEL`, not the `const MODEL = 'o3'` it names).
      const node = property?.value ?? location.value.node ?? property;
      if (node !== undefined) return node;
    }
    if (current === '') return undefined;
    current = parentPointer(current);
    exact = false;
  }
}
