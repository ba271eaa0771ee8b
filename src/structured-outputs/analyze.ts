import { NonSchemaEntry, SchemaEntry } from './entry.js';
import { Fact, type Facts } from './facts.js';
import { NodeKeywords, subschemaRole, type KeywordRole } from './keywords.js';
import { SizeCounter, type SizeTotals } from './measure.js';
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
}

const NO_ENTRIES: readonly SchemaEntry[] = Object.freeze([]);

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
  return new Walk(root, rootPath, true).flagged;
}

class Walk implements SchemaAnalysis {
  /** The entries with facts, or with `everyNode` every entry. */
  readonly flagged: SchemaEntry[] = [];
  readonly nonSchemas: NonSchemaEntry[] = [];
  facts: Facts = 0;
  maxDepth = 0;
  readonly size = new SizeCounter();
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

  /** A value under `role` of `parent`: a subschema to visit, or a value that should have been one. */
  private visit(value: unknown, parent: SchemaEntry, role: KeywordRole, key: string | number | undefined, parentDepth: number): void {
    if (!isRecord(value)) {
      if (role.schemaRequired) {
        this.nonSchemas.push(new NonSchemaEntry(value, parent, role.keyword, key));
        this.facts |= Fact.nonSchemaValue;
      }
      return;
    }
    if (this.ancestors.includes(value) || ++this.visits > MAX_VISITS) return;
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
        if (index in sub) this.visit(sub[index], entry, role, index, entry.depth);
      }
    } else if (role.form === 'map') {
      if (!isRecord(sub)) return;
      // Definitions are not nested inside the object that holds them: they start at the top level.
      const base = role.definitions ? 0 : entry.depth;
      for (const name in sub) this.visit(sub[name], entry, role, name, base);
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
      if (hasOptionalProperty(keywords)) facts |= Fact.optionalProperty;
    }
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
function hasOptionalProperty({ properties, required }: NodeKeywords): boolean {
  if (!isRecord(properties)) return false;
  if (!Array.isArray(required)) {
    for (const _ in properties) return true;
    return false;
  }
  let index = 0;
  for (const property in properties) {
    // `required` nearly always lists the properties in their order: compare in place before searching.
    if (required[index++] !== property && !required.includes(property)) return true;
  }
  return false;
}

/**
 * Far beyond any schema the API takes (5,000 properties at most): reached only by a hand-built value
 * sharing objects so often that its JSON would be unbounded.
 */
const MAX_VISITS = 100_000;
