import { NonSchemaEntry, SchemaEntry } from './entry.js';
import { Fact, type Facts } from './facts.js';
import { NodeKeywords, subschemaRole, type KeywordRole } from './keywords.js';
import { SizeCounter, WALK_CEILING, type SizeTotals } from './measure.js';
import { resolveRef, type RefStatus } from './refs.js';
import { isRecord } from '../json-value.js';
import { describesObject, hasType } from './shape.js';
import { isStrictType } from './subset.js';

/**
 * One walk per embedded schema, shared by every structured-outputs rule: the subschemas in document
 * order, the values that should be schemas and are not, and in the same pass what the rules need to
 * know (`Fact`s per node, the deepest nesting, the size totals), so that a rule facing a clean schema
 * is done after a bit test or a comparison. Made once per node and request (`StrictSchemaNode.analysis`).
 *
 * A clean schema gives the rules nothing to look at, so the analysis lists only the entries with
 * facts; `allEntries` walks again to list every node, for the rare rule that needs them all (a limit
 * passed).
 */

export interface SchemaAnalysis {
  /** The subschemas with any fact, in document order: none in a clean schema. */
  readonly flagged: readonly SchemaEntry[];
  readonly nonSchemas: readonly NonSchemaEntry[];
  /** The union of the facts of every entry. */
  readonly facts: Facts;
  /** The deepest object nesting level (0 when there is no object). */
  readonly maxDepth: number;
  readonly size: Readonly<SizeTotals>;
  /**
   * The walk stopped early: a size total passed the most any limits profile allows (`WALK_CEILING`),
   * so the schema is over that limit whatever the profile, and what comes after that point (nodes and
   * contributions, in document order) was not looked at. The totals and `maxDepth` are then lower
   * bounds, and only the entries before that point are listed.
   */
  readonly truncated: boolean;
}

const NO_ENTRIES: readonly SchemaEntry[] = Object.freeze([]);

/**
 * How many members of one node's `properties` or `required` a rule looks at: all of them, unless
 * the walk stopped at a size ceiling, and then at most one past the largest property limit of any
 * profile, per node (a million optional properties are not a million findings once the schema is
 * known to be over its limit).
 */
export function membersToCheck(analysis: SchemaAnalysis, count: number): number {
  return analysis.truncated ? Math.min(count, WALK_CEILING.properties + 1) : count;
}

/**
 * The entries with any of `facts`, in document order. Empty, without looking at any entry, when no
 * entry has them: a rule starts with this and has nothing to do on a schema that gives it no cause.
 */
export function entriesWith(analysis: SchemaAnalysis, facts: Facts): readonly SchemaEntry[] {
  if ((analysis.facts & facts) === 0) return NO_ENTRIES;
  return analysis.flagged.filter((entry) => (entry.facts & facts) !== 0);
}

export function analyze(root: Record<string, unknown>, rootPath: string): SchemaAnalysis {
  return new Walk(root, rootPath, false);
}

/** Every subschema in document order, the root first: a second walk, for what only a schema over a limit needs. */
export function allEntries(root: Record<string, unknown>, rootPath: string): readonly SchemaEntry[] {
  return walkEveryNode(root, rootPath).flagged;
}

/** A walk listing every entry, with the key lists it made (for `measureDetails`, which reads the same maps). */
export function walkEveryNode(
  root: Record<string, unknown>,
  rootPath: string,
): { readonly flagged: readonly SchemaEntry[]; keysOf(map: Record<string, unknown>): readonly string[] } {
  return new Walk(root, rootPath, true);
}

class Walk implements SchemaAnalysis {
  /** The entries with facts, or with `everyNode` every entry. */
  readonly flagged: SchemaEntry[] = [];
  readonly nonSchemas: NonSchemaEntry[] = [];
  facts: Facts = 0;
  maxDepth = 0;
  /**
   * The keys of each map, enumerated once per walk. Enumerating an object's keys costs time in
   * proportion to all of them even when the loop stops early (V8 collects every key first), and a
   * `properties` map is read three times (facts, size, children): for a map of a million names, one
   * enumeration instead of three.
   */
  private readonly keyLists = new Map<object, string[]>();
  readonly keysOf = (map: Record<string, unknown>): readonly string[] => {
    let keys = this.keyLists.get(map);
    if (keys === undefined) {
      keys = [];
      for (const key in map) keys.push(key);
      this.keyLists.set(map, keys);
    }
    return keys;
  };
  readonly size = new SizeCounter(this.keysOf);
  private readonly keywords = new NodeKeywords();
  // Structure only (never `$ref`), so recursive schemas cannot loop. A hand-built schema may use one
  // object in several places (a shared `dateField`): the API gets a copy in each, so it is visited in
  // each. Only an object inside itself (a cycle, which JSON cannot carry) is not entered again.
  private readonly ancestors: object[] = [];
  /** Subschemas visited so far: a bound for objects shared so often that the copies would never end. */
  private visits = 0;
  // Schemas tend to repeat a reference (a tree names its node type twice), and resolving one is the
  // costliest step of the walk: the last one resolved is kept.
  private lastRef: string | undefined;
  private lastRefStatus: RefStatus = 'resolved';

  constructor(
    private readonly root: Record<string, unknown>,
    rootPath: string,
    private readonly everyNode: boolean,
  ) {
    this.visitSchema(root, undefined, undefined, undefined, 0, rootPath);
  }

  get truncated(): boolean {
    return this.size.truncated;
  }

  /** Whether the walk must stop (a size total passed its ceiling); notes that something was left out. */
  private stopHere(): boolean {
    return this.size.exhausted();
  }

  /** A value under `role` of `parent`: a subschema to visit, or a value that should have been one. */
  private visit(value: unknown, parent: SchemaEntry, role: KeywordRole, key: string | number | undefined, parentDepth: number): void {
    if (this.stopHere()) return;
    if (!isRecord(value)) {
      if (role.schemaRequired) {
        this.nonSchemas.push(new NonSchemaEntry(value, parent, role.keyword, key));
        this.facts |= Fact.nonSchemaValue;
      }
      return;
    }
    if (this.ancestors.includes(value)) return;
    if (++this.visits > MAX_VISITS) return this.size.stopped();
    this.visitSchema(value, parent, role.keyword, key, parentDepth);
  }

  private visitSchema(
    schema: Record<string, unknown>,
    parent: SchemaEntry | undefined,
    via: string | undefined,
    key: string | number | undefined,
    parentDepth: number,
    rootPath?: string,
  ): void {
    const keywords = this.keywords.read(schema);
    const isObject = describesObject(keywords);
    const depth = isObject ? parentDepth + 1 : parentDepth;
    if (depth > this.maxDepth) this.maxDepth = depth;
    let facts = keywords.facts | this.shapeFacts(keywords, isObject, parent === undefined);
    if (parent === undefined) facts &= ~Fact.rootOnlyKeywordBelowRoot;
    this.facts |= facts;
    // Made for every node, the parent of the next ones (cheap: the pointer is built on first read);
    // listed only when a rule has cause to look at it.
    const entry = new SchemaEntry(schema, parent, via, key, depth, isObject, facts, rootPath);
    if (facts !== 0 || this.everyNode) this.flagged.push(entry);
    this.size.count(keywords, isObject);
    if (!keywords.hasSubschemas) return;
    // From here on, `keywords` is reused for the children. Keys in the order written, so entries (and
    // findings) come out in document order.
    this.ancestors.push(schema);
    for (const keyword in schema) {
      const role = subschemaRole(keyword);
      // Read here, inside `for...in`, where reading a key of a schema of any shape is fast.
      if (role !== undefined) this.visitChildren(entry, role, schema[keyword]);
    }
    this.ancestors.pop();
  }

  private visitChildren(entry: SchemaEntry, role: KeywordRole, sub: unknown): void {
    if (Array.isArray(sub)) {
      // A list under `items` is the tuple form; lists elsewhere are `anyOf` and friends.
      if (role.form !== 'list' && role.keyword !== 'items') return;
      for (let index = 0; index < sub.length; index++) {
        if (this.stopHere()) return;
        if (index in sub) this.visit(sub[index], entry, role, index, entry.depth);
      }
    } else if (role.form === 'map') {
      if (!isRecord(sub)) return;
      // Definitions are not nested inside the object that holds them: they start at the top level.
      const base = role.definitions ? 0 : entry.depth;
      for (const name of this.keysOf(sub)) {
        if (this.stopHere()) return;
        this.visit(sub[name], entry, role, name, base);
      }
    } else if (role.form === 'single') {
      // `additionalProperties: false` and friends are booleans by design; only `items` must be a schema.
      if (isRecord(sub) || (role.keyword === 'items' && sub !== undefined)) this.visit(sub, entry, role, undefined, entry.depth);
    }
  }

  /** The facts that come from how a node's keywords combine rather than from one keyword alone. */
  private shapeFacts(keywords: NodeKeywords, isObject: boolean, isRoot: boolean): Facts {
    let facts: Facts = 0;
    const type = keywords.type;
    if (type === undefined ? !isRoot && !keywords.hasAnyOf && keywords.$ref === undefined : keywords.hasAnyOf || !isStrictType(type))
      facts |= Fact.typeToCheck;
    if (Array.isArray(keywords.items)) facts |= Fact.tupleItems;
    if (isObject) {
      if (keywords.additionalProperties !== false) facts |= Fact.openObject;
      if (hasOptionalProperty(keywords, this.keysOf)) facts |= Fact.optionalProperty;
    }
    if (Array.isArray(keywords.required) && listsUnknownName(keywords)) facts |= Fact.unknownRequired;
    if (hasType(keywords, 'object') && !keywords.hasProperties) facts |= Fact.objectWithoutProperties;
    if (hasType(keywords, 'array') && keywords.items === undefined) facts |= Fact.arrayWithoutItems;
    const ref = keywords.$ref;
    if (typeof ref === 'string' && (keywords.keyCount > 1 || this.refStatus(ref) !== 'resolved')) facts |= Fact.refToCheck;
    return facts;
  }

  /** Alias-chain results of this walk: each alias of a chain is followed once. */
  private readonly refMemo = new Map<string, RefStatus>();

  private refStatus(ref: string): RefStatus {
    if (ref !== this.lastRef) {
      this.lastRefStatus = resolveRef(this.root, ref, this.refMemo);
      this.lastRef = ref;
    }
    return this.lastRefStatus;
  }
}

/** Some key of `properties` is missing from `required` (a missing `required` lists none). */
function hasOptionalProperty({ properties, required }: NodeKeywords, keysOf: (map: Record<string, unknown>) => readonly string[]): boolean {
  if (!isRecord(properties)) return false;
  const keys = keysOf(properties);
  if (!Array.isArray(required)) return keys.length > 0;
  let index = 0;
  let names: ReadonlySet<unknown> | undefined;
  for (const property of keys) {
    // `required` nearly always lists the properties in their order: compare in place, and build a set
    // only when it does not (a search of the list for each property would be quadratic).
    if (required[index++] !== property && !(names ??= new Set(required)).has(property)) return true;
    // Past the most properties any profile allows, the walk stops at this node anyway (`WALK_CEILING`).
    if (index > WALK_CEILING.properties) return false;
  }
  return false;
}

/** `required` names a string that `properties` does not have as its own key. */
function listsUnknownName({ properties, required }: NodeKeywords): boolean {
  const known = isRecord(properties) ? properties : undefined;
  for (const name of required as readonly unknown[]) {
    if (typeof name === 'string' && (known === undefined || !Object.hasOwn(known, name))) return true;
  }
  return false;
}

/**
 * Far beyond any schema the API takes (5,000 properties at most), for what the size budgets do not
 * count: an `anyOf` of a hundred thousand branches, or a hand-built value sharing objects so often
 * that its JSON would be unbounded. The walk stops there as at a size ceiling (`truncated`).
 */
const MAX_VISITS = 100_000;
