import { escapeSegment } from '../json-pointer.js';
import type { Facts } from './facts.js';
import { typesOf } from './shape.js';

/**
 * The nodes of an embedded schema as the walk found them. Each knows its parent and the keyword (and
 * name or index) that lead to it, and builds its JSON Pointer on first read: most nodes are never
 * reported, and building a pointer for each was most of the cost of linting a clean schema.
 */

/** What every entry has: where it sits, and its pointer, built from its parent's on first read. */
abstract class Located<Parent extends SchemaEntry | undefined, Via extends string | undefined> {
  private pointer: string | undefined;

  constructor(
    /** The schema holding this one; `undefined` at the root. */
    readonly parent: Parent,
    /** Keyword that leads here from the parent (`properties`, `items`, `anyOf`, `$defs`...); `undefined` at the root. */
    readonly via: Via,
    /** Name under a map keyword (`properties`, `$defs`...), index under a list keyword, `undefined` under a single schema. */
    readonly key: string | number | undefined,
    /** The root's pointer into the request; the others' are built from their parent's. */
    rootPath?: string,
  ) {
    this.pointer = rootPath;
  }

  /** Pointer into the request. */
  get path(): string {
    return (this.pointer ??= pointerBelow(this.parent!, this.via!, this.key));
  }
}

/** A subschema, with what the walk learnt about it. */
export class SchemaEntry extends Located<SchemaEntry | undefined, string | undefined> {
  constructor(
    readonly schema: Record<string, unknown>,
    parent: SchemaEntry | undefined,
    via: string | undefined,
    key: string | number | undefined,
    /** Object nesting level as the API counts it: the root object is level 1; arrays and anyOf add none. */
    readonly depth: number,
    /** The node describes an object (see `describesObject`). */
    readonly isObject: boolean,
    readonly facts: Facts,
    rootPath?: string,
  ) {
    super(parent, via, key, rootPath);
  }

  get isRoot(): boolean {
    return this.parent === undefined;
  }

  /** `type` as a list (`[]` when absent). */
  get types(): readonly string[] {
    return typesOf(this.schema);
  }
}

/** A value where a subschema is expected that is not a schema object (`true`, `false`, a string...). */
export class NonSchemaEntry extends Located<SchemaEntry, string> {
  constructor(
    readonly value: unknown,
    parent: SchemaEntry,
    via: string,
    key: string | number | undefined,
  ) {
    super(parent, via, key);
  }
}

/** The pointer of what `parent` holds under `via` (and `key`, in a list or map). */
function pointerBelow(parent: SchemaEntry, via: string, key: string | number | undefined): string {
  // Keywords hold neither `~` nor `/`; names may.
  const base = `${parent.path}/${via}`;
  return key === undefined ? base : `${base}/${escapeSegment(key)}`;
}
