import type { EmbeddedSchemaNode } from '../nodes.js';
import { NonSchemaEntry, SchemaEntry } from './entry.js';
import { Fact, type Facts } from './facts.js';
import { NodeKeywords, subschemaForm, type Form } from './keywords.js';
import { SizeCounter, type SizeTotals } from './measure.js';
import { memoOnNode } from './memo.js';
import { DEFINITIONS, resolveRef, type RefStatus } from './refs.js';
import { describesObject, hasType, isRecord } from './shape.js';
import { SUPPORTED_TYPES } from './subset.js';

/**
 * One walk per embedded schema, shared by every structured-outputs rule: the subschemas in document
 * order, the values that should be schemas and are not, and in the same pass what the rules need to
 * know (`Fact`s per node, the deepest nesting, the size totals), so that a rule facing a clean schema
 * is done after a bit test or a comparison. Memoised per node (see `memo.ts`).
 */

export interface SchemaAnalysis {
  /** Every subschema in document order, the root first. */
  readonly entries: readonly SchemaEntry[];
  readonly nonSchemas: readonly NonSchemaEntry[];
  /** The union of the facts of every entry. */
  readonly facts: Facts;
  /** The deepest object nesting level (0 when there is no object). */
  readonly maxDepth: number;
  readonly size: Readonly<SizeTotals>;
}

/** Where a non-object value is a mistake rather than JSON Schema's boolean shorthand worth keeping. */
const SCHEMA_REQUIRED = new Set(['properties', '$defs', 'definitions', 'anyOf', 'oneOf', 'allOf', 'prefixItems', 'items']);

const NO_ENTRIES: readonly SchemaEntry[] = Object.freeze([]);

const ANALYSIS = Symbol('structured-outputs analysis');

export function analyzeSchema(node: EmbeddedSchemaNode): SchemaAnalysis {
  return memoOnNode(node, ANALYSIS, analyzeNode);
}

function analyzeNode(node: EmbeddedSchemaNode): SchemaAnalysis {
  return analyze(node.schema, node.path);
}

/**
 * The entries with any of `facts`, in document order. Empty, without looking at any entry, when no
 * entry has them: a rule starts with this and has nothing to do on a schema that gives it no cause.
 */
export function entriesWith(analysis: SchemaAnalysis, facts: Facts): readonly SchemaEntry[] {
  if ((analysis.facts & facts) === 0) return NO_ENTRIES;
  return analysis.entries.filter((entry) => (entry.facts & facts) !== 0);
}

export function analyze(root: Record<string, unknown>, rootPath: string): SchemaAnalysis {
  return new Walk(root, rootPath);
}

class Walk implements SchemaAnalysis {
  readonly entries: SchemaEntry[] = [];
  readonly nonSchemas: NonSchemaEntry[] = [];
  facts: Facts = 0;
  maxDepth = 0;
  readonly size = new SizeCounter();
  private readonly keywords = new NodeKeywords();
  // Structure only (never `$ref`), so recursive schemas cannot loop; the guard also stops on shared
  // object identities that a hand-built (non-JSON) value may contain.
  private readonly visited = new VisitedSchemas();
  // Schemas tend to repeat a reference (a tree names its node type twice), and resolving one is the
  // costliest step of the walk: the last one resolved is kept.
  private lastRef: string | undefined;
  private lastRefStatus: RefStatus = 'resolved';

  constructor(
    private readonly root: Record<string, unknown>,
    rootPath: string,
  ) {
    this.visited.add(root);
    this.visitSchema(root, undefined, undefined, undefined, 0, rootPath);
  }

  /** A value under `via` of `parent`: a subschema to visit, or a value that should have been one. */
  private visit(value: unknown, parent: SchemaEntry, via: string, key: string | number | undefined, parentDepth: number): void {
    if (!isRecord(value)) {
      if (SCHEMA_REQUIRED.has(via)) this.nonSchemas.push(new NonSchemaEntry(value, parent, via, key));
      return;
    }
    if (this.visited.add(value)) this.visitSchema(value, parent, via, key, parentDepth);
  }

  private visitSchema(schema: Record<string, unknown>, parent: SchemaEntry | undefined, via: string | undefined, key: string | number | undefined, parentDepth: number, rootPath?: string): void {
    const keywords = this.keywords.read(schema);
    const isObject = describesObject(keywords);
    const entry = new SchemaEntry(schema, parent, via, key, isObject ? parentDepth + 1 : parentDepth, isObject, rootPath);
    this.entries.push(entry);
    if (entry.depth > this.maxDepth) this.maxDepth = entry.depth;
    let facts = keywords.facts | this.shapeFacts(keywords, isObject);
    if (parent === undefined) facts &= ~Fact.rootOnlyKeywordBelowRoot;
    entry.facts = facts;
    this.facts |= facts;
    this.size.count(keywords, isObject);
    if (!keywords.hasSubschemas) return;
    // From here on, `keywords` is reused for the children. Keys in the order written, so entries (and
    // findings) come out in document order.
    for (const keyword in schema) {
      const form = subschemaForm(keyword);
      // Read here, inside `for...in`, where reading a key of a schema of any shape is fast.
      if (form !== undefined) this.visitChildren(entry, keyword, form, schema[keyword]);
    }
  }

  private visitChildren(entry: SchemaEntry, keyword: string, form: Form, sub: unknown): void {
    if (Array.isArray(sub)) {
      // A list under `items` is the tuple form; lists elsewhere are `anyOf` and friends.
      if (form !== 'list' && keyword !== 'items') return;
      for (let index = 0; index < sub.length; index++) {
        if (index in sub) this.visit(sub[index], entry, keyword, index, entry.depth);
      }
    } else if (form === 'map') {
      if (!isRecord(sub)) return;
      // Definitions are not nested inside the object that holds them: they start at the top level.
      const base = DEFINITIONS.has(keyword) ? 0 : entry.depth;
      for (const name in sub) this.visit(sub[name], entry, keyword, name, base);
    } else if (form === 'single') {
      // `additionalProperties: false` and friends are booleans by design; only `items` must be a schema.
      if (isRecord(sub) || (keyword === 'items' && sub !== undefined)) this.visit(sub, entry, keyword, undefined, entry.depth);
    }
  }

  /** The facts that come from how a node's keywords combine rather than from one keyword alone. */
  private shapeFacts(keywords: NodeKeywords, isObject: boolean): Facts {
    let facts: Facts = 0;
    const type = keywords.type;
    if (!(typeof type === 'string' && SUPPORTED_TYPES.has(type)) || keywords.hasAnyOf) facts |= Fact.notOneSupportedType;
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

  private refStatus(ref: string): RefStatus {
    if (ref !== this.lastRef) {
      this.lastRefStatus = resolveRef(this.root, ref);
      this.lastRef = ref;
    }
    return this.lastRefStatus;
  }
}

/** Some key of `properties` is missing from `required` (a missing `required` lists none). */
function hasOptionalProperty({ properties, required }: NodeKeywords): boolean {
  if (!isRecord(properties)) return false;
  const listed = Array.isArray(required) ? required : undefined;
  for (const property in properties) if (listed === undefined || !listed.includes(property)) return true;
  return false;
}

/**
 * The schema objects a walk has visited. Most schemas have a few dozen nodes, for which scanning a
 * list costs less than hashing each object into a Set; longer walks switch to one.
 */
class VisitedSchemas {
  private readonly list: object[] = [];
  private set: Set<object> | undefined;

  /** Records `schema`; `false` when it was visited already. */
  add(schema: object): boolean {
    if (this.set !== undefined) {
      if (this.set.has(schema)) return false;
      this.set.add(schema);
      return true;
    }
    if (this.list.includes(schema)) return false;
    this.list.push(schema);
    if (this.list.length > 32) this.set = new Set(this.list);
    return true;
  }
}
