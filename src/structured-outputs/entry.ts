import { escapeSegment } from '../engine/pointer.js';
import type { Facts } from './facts.js';
import { typesOf } from './shape.js';

/**
 * The nodes of an embedded schema as the walk found them. Each knows its parent and the keyword (and
 * name or index) that lead to it, and builds its JSON Pointer on first read: most nodes are never
 * reported, and building a pointer for each was most of the cost of linting a clean schema.
 */

/** A subschema, with what the walk learnt about it. */
export class SchemaEntry {
  private pointer: string | undefined;

  constructor(
    readonly schema: Record<string, unknown>,
    /** The schema holding this one; `undefined` at the root. */
    readonly parent: SchemaEntry | undefined,
    /** Keyword that leads here from the parent (`properties`, `items`, `anyOf`, `$defs`...); `undefined` at the root. */
    readonly via: string | undefined,
    /** Name under a map keyword (`properties`, `$defs`...), index under a list keyword, `undefined` under a single schema. */
    readonly key: string | number | undefined,
    /** Object nesting level as the API counts it: the root object is level 1; arrays and anyOf add none. */
    readonly depth: number,
    /** The node describes an object (see `describesObject`). */
    readonly isObject: boolean,
    readonly facts: Facts,
    /** The root's pointer into the request; the others' are built from their parent's. */
    rootPath?: string,
  ) {
    this.pointer = rootPath;
  }

  /** Pointer into the request. */
  get path(): string {
    return (this.pointer ??= pointerBelow(this.parent!, this.via!, this.key));
  }

  get isRoot(): boolean {
    return this.parent === undefined;
  }

  /** Property or definition name, for children of `properties`, `$defs` and the other maps. */
  get name(): string | undefined {
    return typeof this.key === 'string' ? this.key : undefined;
  }

  /** `type` as a list (`[]` when absent). */
  get types(): readonly string[] {
    return typesOf(this.schema);
  }
}

/** A value where a subschema is expected that is not a schema object (`true`, `false`, a string...). */
export class NonSchemaEntry {
  private pointer: string | undefined;

  constructor(
    readonly value: unknown,
    readonly parent: SchemaEntry,
    readonly via: string,
    readonly key: string | number | undefined,
  ) {}

  /** Pointer into the request. */
  get path(): string {
    return (this.pointer ??= pointerBelow(this.parent, this.via, this.key));
  }
}

/** The pointer of what `parent` holds under `via` (and `key`, in a list or map). */
function pointerBelow(parent: SchemaEntry, via: string, key: string | number | undefined): string {
  // Keywords hold neither `~` nor `/`; names may.
  const base = `${parent.path}/${via}`;
  if (key === undefined) return base;
  if (typeof key === 'number') return `${base}/${key}`;
  return `${base}/${key.includes('~') || key.includes('/') ? escapeSegment(key) : key}`;
}
