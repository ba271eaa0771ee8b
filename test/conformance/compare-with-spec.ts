/**
 * Compares one of our request schemas with a schema of OpenAI's OpenAPI spec and lists every
 * difference with its path. Used for Chat Completions (`CreateChatCompletionRequest`) and later for
 * the Responses API (`CreateResponse`).
 *
 * Both trees are first normalised into "variants", one per JSON type (and, for objects, one per
 * discriminator value), so that spelling differences do not count: `nullable: true`, `type: [T,
 * 'null']` and `anyOf: [T, {type: 'null'}]` are the same thing; `const: 'x'` equals
 * `type: string, enum: [x]`; nested `anyOf`/`oneOf` flatten; `$ref` and `allOf` are resolved.
 * What is compared: properties, `required`, JSON types, enum values, validation keywords,
 * union branches matched by their tag value, open/closed objects, `deprecated` and `default`.
 */
import type { ConformanceException, ConformanceMismatchKind } from '../../schemas/conformance-exceptions.js';

export type SchemaNode = { readonly [key: string]: unknown };

export interface OpenApiDocument {
  components?: { schemas?: Record<string, unknown> };
  [key: string]: unknown;
}

export interface Mismatch {
  path: string;
  kind: ConformanceMismatchKind;
  keyword?: string;
  /** What the spec says and what we say, rendered for humans. */
  spec: string;
  ours: string;
}

export interface CompareOptions {
  spec: OpenApiDocument;
  /** Component name in `#/components/schemas`, e.g. `CreateChatCompletionRequest`. */
  specSchema: string;
  ours: object;
  exceptions?: readonly ConformanceException[];
}

export interface CompareResult {
  /** Differences no exception explains: the test fails on these. */
  mismatches: Mismatch[];
  /** Differences an exception explains. */
  excused: Array<{ mismatch: Mismatch; exception: ConformanceException }>;
  /** Exceptions for this spec schema that matched nothing: stale, the test fails on these too. */
  unusedExceptions: ConformanceException[];
}

export function compareWithSpec(options: CompareOptions): CompareResult {
  const root = options.spec.components?.schemas?.[options.specSchema];
  if (!isNode(root)) throw new Error(`The spec has no schema named ${options.specSchema}.`);
  const found: Mismatch[] = [];
  new Comparer(options.spec, found).compareNodes(root, options.ours as SchemaNode, '', 0);

  const relevant = (options.exceptions ?? []).filter((e) => e.specSchema === options.specSchema);
  const used = new Set<ConformanceException>();
  const mismatches: Mismatch[] = [];
  const excused: CompareResult['excused'] = [];
  for (const mismatch of found) {
    const exception = relevant.find((e) => e.path === mismatch.path && e.kind === mismatch.kind && e.keyword === mismatch.keyword);
    if (exception === undefined) mismatches.push(mismatch);
    else {
      used.add(exception);
      excused.push({ mismatch, exception });
    }
  }
  return { mismatches, excused, unusedExceptions: relevant.filter((e) => !used.has(e)) };
}

/** A report listing every unexplained mismatch and stale exception, one per line, with its path. */
export function formatCompareReport(result: CompareResult, specSchema: string): string {
  const lines: string[] = [];
  if (result.mismatches.length > 0) {
    lines.push(`${result.mismatches.length} difference(s) between our schema and the spec's ${specSchema}:`);
    for (const m of result.mismatches) lines.push(`  - ${describeMismatch(m)}`);
    lines.push('Fix the schema, or add an entry with a reason to schemas/conformance-exceptions.ts.');
  }
  if (result.unusedExceptions.length > 0) {
    lines.push(`${result.unusedExceptions.length} exception(s) in schemas/conformance-exceptions.ts match nothing any more:`);
    for (const e of result.unusedExceptions) {
      lines.push(`  - [${e.kind}] ${e.path || '(root)'}${e.keyword === undefined ? '' : ` (${e.keyword})`}`);
    }
  }
  return lines.join('\n');
}

export function describeMismatch(m: Mismatch): string {
  const keyword = m.keyword === undefined ? '' : ` (${m.keyword})`;
  return `[${m.kind}] ${m.path || '(root)'}${keyword}: spec ${m.spec}, ours ${m.ours}`;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
const allTypes: readonly JsonType[] = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

interface Variant {
  type: JsonType;
  /** The schema node the variant came from; only the keywords for `type` are read from it. */
  schema: SchemaNode;
  deprecated: boolean;
  /** `discriminator.propertyName` of the union the variant came from, if it declared one. */
  tag?: string;
}

interface Normalized {
  variants: Variant[];
  deprecated: boolean;
  default: unknown;
}

const constraintKeywords: Record<JsonType, readonly string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['minItems', 'maxItems', 'uniqueItems'],
  object: ['minProperties', 'maxProperties', 'propertyNames'],
  boolean: [],
  null: [],
};

/** Deeper than any real request schema; guards against a cyclic `$ref`. */
const maxDepth = 64;

class Comparer {
  constructor(
    private readonly spec: OpenApiDocument,
    private readonly out: Mismatch[],
  ) {}

  compareNodes(specNode: SchemaNode, ourNode: SchemaNode, path: string, depth: number): void {
    if (depth > maxDepth) throw new Error(`Schema nesting deeper than ${maxDepth} at ${path}: a cyclic $ref?`);
    const spec = this.normalize(specNode);
    const ours = this.normalize(ourNode);

    if (spec.deprecated !== ours.deprecated) {
      this.report(path, 'deprecated', undefined, String(spec.deprecated), String(ours.deprecated));
    }
    if (!sameJson(spec.default, ours.default)) {
      this.report(path, 'default', undefined, show(spec.default), show(ours.default));
    }

    const specTypes = typesOf(spec.variants);
    const ourTypes = typesOf(ours.variants);
    if (specTypes.join() !== ourTypes.join()) {
      this.report(path, 'type', undefined, specTypes.join(' | '), ourTypes.join(' | '));
    }
    for (const type of specTypes) {
      if (!ourTypes.includes(type)) continue;
      const s = spec.variants.filter((v) => v.type === type);
      const o = ours.variants.filter((v) => v.type === type);
      if (type === 'object') this.compareObjectVariants(s, o, path, depth);
      else if (type === 'array') this.compareArrays(s, o, path, depth);
      else this.compareScalars(type, s, o, path);
    }
  }

  private compareScalars(type: JsonType, spec: Variant[], ours: Variant[], path: string): void {
    if (type === 'null') return; // one possible value, nothing more to compare
    const specEnum = enumOf(type, spec);
    const ourEnum = enumOf(type, ours);
    if (specEnum !== undefined && ourEnum !== undefined) {
      for (const value of specEnum) {
        if (!ourEnum.some((v) => sameJson(v, value))) this.report(path, 'missing-enum-value', show(value), 'has it', 'lacks it');
      }
      for (const value of ourEnum) {
        if (!specEnum.some((v) => sameJson(v, value))) this.report(path, 'extra-enum-value', show(value), 'lacks it', 'has it');
      }
    } else if (specEnum !== undefined || ourEnum !== undefined) {
      this.report(
        path,
        'constraint',
        'enum',
        specEnum === undefined ? 'any value' : show(specEnum),
        ourEnum === undefined ? 'any value' : show(ourEnum),
      );
    }
    this.compareConstraints(type, mergedConstraintSource(spec), mergedConstraintSource(ours), path);
  }

  private compareConstraints(type: JsonType, spec: SchemaNode, ours: SchemaNode, path: string): void {
    for (const keyword of constraintKeywords[type]) {
      if (!sameJson(spec[keyword], ours[keyword])) this.report(path, 'constraint', keyword, show(spec[keyword]), show(ours[keyword]));
    }
  }

  private compareArrays(spec: Variant[], ours: Variant[], path: string, depth: number): void {
    this.compareConstraints('array', mergedConstraintSource(spec), mergedConstraintSource(ours), path);
    this.compareNodes(itemsOf(spec), itemsOf(ours), `${path}[]`, depth + 1);
  }

  private compareObjectVariants(spec: Variant[], ours: Variant[], path: string, depth: number): void {
    if (spec.length === 1 && ours.length === 1) {
      this.compareObjects(spec[0]!.schema, ours[0]!.schema, path, depth);
      return;
    }
    const specTag = this.tagOf(spec);
    const ourTag = this.tagOf(ours);
    const specByTag = this.byTag(spec, specTag);
    const oursByTag = this.byTag(ours, ourTag);
    const tag = specTag ?? ourTag ?? '#';
    for (const [value, s] of specByTag) {
      const o = oursByTag.get(value);
      const branchPath = `${path}{${tag}=${value}}`;
      if (o === undefined) {
        this.report(path, 'missing-variant', value, `has ${tag}=${value}`, 'lacks it');
        continue;
      }
      if (s.deprecated !== o.deprecated) this.report(branchPath, 'deprecated', undefined, String(s.deprecated), String(o.deprecated));
      this.compareObjects(s.schema, o.schema, branchPath, depth);
    }
    for (const value of oursByTag.keys()) {
      if (!specByTag.has(value)) this.report(path, 'extra-variant', value, 'lacks it', `has ${tag}=${value}`);
    }
  }

  private compareObjects(specRaw: SchemaNode, ourRaw: SchemaNode, path: string, depth: number): void {
    const spec = this.deref(specRaw);
    const ours = this.deref(ourRaw);
    const specProps = this.propertiesOf(spec);
    const ourProps = this.propertiesOf(ours);
    const specRequired = new Set(stringArray(spec['required']));
    const ourRequired = new Set(stringArray(ours['required']));
    const child = (key: string): string => (path === '' ? key : `${path}.${key}`);

    for (const [key, s] of Object.entries(specProps)) {
      const o = ourProps[key];
      if (o === undefined) this.report(child(key), 'missing-property', undefined, 'has it', 'lacks it');
      else this.compareNodes(s, o, child(key), depth + 1);
    }
    for (const key of Object.keys(ourProps)) {
      if (!(key in specProps)) this.report(child(key), 'extra-property', undefined, 'lacks it', 'has it');
    }
    for (const key of specRequired) {
      if (!ourRequired.has(key)) this.report(child(key), 'missing-required', undefined, 'required', 'optional');
    }
    for (const key of ourRequired) {
      if (!specRequired.has(key)) this.report(child(key), 'extra-required', undefined, 'optional', 'required');
    }
    this.compareConstraints('object', spec, ours, path);
    this.compareAdditionalProperties(spec, ours, Object.keys(specProps).length > 0, path, depth);
  }

  /**
   * Our policy closes every object with declared properties (the API answers "Unknown parameter"),
   * so an object the spec leaves implicitly open must be closed in ours; an object the spec leaves
   * open on purpose (`true`, a value schema, or no properties at all) must stay open in ours.
   */
  private compareAdditionalProperties(spec: SchemaNode, ours: SchemaNode, specHasProperties: boolean, path: string, depth: number): void {
    const s = spec['additionalProperties'];
    const o = ours['additionalProperties'];
    const expectClosed = s === false || (s === undefined && specHasProperties);
    if (expectClosed) {
      if (o !== false)
        this.report(path, 'additional-properties', undefined, s === false ? 'closed' : 'closed (our policy)', describeOpen(o));
      return;
    }
    if (isNode(s)) {
      if (isNode(o)) this.compareNodes(s, o, path === '' ? '*' : `${path}.*`, depth + 1);
      else this.report(path, 'additional-properties', undefined, 'a map of typed values', describeOpen(o));
      return;
    }
    if (o === false || isNode(o)) this.report(path, 'additional-properties', undefined, 'any keys', describeOpen(o));
  }

  // --- normalisation helpers ----------------------------------------------------------------

  private normalize(raw: SchemaNode): Normalized {
    const node = this.deref(raw);
    const variants = this.flatten(node, false, undefined, 0);
    const nonNull = variants.filter((v) => v.type !== 'null');
    return {
      variants,
      deprecated: node['deprecated'] === true || (nonNull.length > 0 && nonNull.every((v) => v.deprecated)),
      default: this.defaultOf(node, variants),
    };
  }

  /**
   * Splits a schema into one variant per JSON type (or per union branch). `anyOf` and `oneOf` are
   * treated alike: we compare what is accepted, not how exclusive the branches are.
   */
  private flatten(raw: SchemaNode, inheritedDeprecated: boolean, inheritedType: unknown, depth: number): Variant[] {
    if (depth > maxDepth) throw new Error('Union nesting too deep: a cyclic $ref?');
    const node = this.deref(raw);
    const deprecated = inheritedDeprecated || node['deprecated'] === true;
    const branches = [...nodeArray(node['anyOf']), ...nodeArray(node['oneOf'])];
    const discriminator = node['discriminator'];
    const tag = isNode(discriminator) && typeof discriminator['propertyName'] === 'string' ? discriminator['propertyName'] : undefined;
    const variants: Variant[] = [];
    if (branches.length > 0) {
      for (const branch of branches) {
        for (const v of this.flatten(branch, deprecated, node['type'] ?? inheritedType, depth + 1)) {
          variants.push(tag === undefined || v.tag !== undefined ? v : { ...v, tag });
        }
      }
    } else {
      for (const type of declaredTypes(node, inheritedType)) variants.push({ type, schema: node, deprecated });
    }
    if (node['nullable'] === true && !variants.some((v) => v.type === 'null')) {
      variants.push({ type: 'null', schema: {}, deprecated });
    }
    return variants;
  }

  /** A node's own `default` wins (even `null`); otherwise the first branch that declares one. `null` counts as none. */
  private defaultOf(node: SchemaNode, variants: Variant[]): unknown {
    if ('default' in node) return node['default'] ?? undefined;
    for (const v of variants) if ('default' in v.schema) return v.schema['default'] ?? undefined;
    return undefined;
  }

  /** The property that tells object branches apart: declared, else one whose value is fixed in every branch. */
  private tagOf(variants: Variant[]): string | undefined {
    const declared = variants.find((v) => v.tag !== undefined)?.tag;
    if (declared !== undefined) return declared;
    const candidates = Object.keys(this.propertiesOf(this.deref(variants[0]?.schema ?? {})));
    return candidates.find((key) => variants.every((v) => this.tagValues(v.schema, key) !== undefined));
  }

  private byTag(variants: Variant[], tag: string | undefined): Map<string, Variant> {
    const map = new Map<string, Variant>();
    variants.forEach((v, index) => {
      const values = tag === undefined ? undefined : this.tagValues(v.schema, tag);
      map.set(values === undefined ? String(index) : values.join('|'), v);
    });
    return map;
  }

  private tagValues(schema: SchemaNode, key: string): string[] | undefined {
    const prop = this.propertiesOf(this.deref(schema))[key];
    if (prop === undefined) return undefined;
    const node = this.deref(prop);
    if (typeof node['const'] === 'string') return [node['const']];
    const values = node['enum'];
    return Array.isArray(values) && values.every((v) => typeof v === 'string') ? (values as string[]) : undefined;
  }

  private propertiesOf(node: SchemaNode): Record<string, SchemaNode> {
    const merged = this.deref(node);
    const props = merged['properties'];
    return isNode(props) ? (props as Record<string, SchemaNode>) : {};
  }

  /**
   * Resolves `$ref` (siblings override the target, as OpenAPI 3.1 allows) and `allOf`. `allOf` is
   * merged by overlay, later parts winning per property, the way the SDK generators read the spec:
   * a strict intersection would make `top_logprobs` non-nullable, because one layer of
   * `CreateChatCompletionRequest` declares it without `nullable` and the SDKs accept `null`.
   */
  deref(node: SchemaNode): SchemaNode {
    let current = node;
    for (let hops = 0; typeof current['$ref'] === 'string'; hops++) {
      if (hops > maxDepth) throw new Error(`Cyclic $ref ${String(current['$ref'])}`);
      const { $ref, ...siblings } = current;
      current = { ...this.resolvePointer($ref as string), ...siblings };
    }
    const parts = nodeArray(current['allOf']);
    if (parts.length === 0) return current;
    const { allOf: _allOf, ...own } = current;
    const merged: Record<string, unknown> = {};
    const properties: Record<string, unknown> = {};
    const required = new Set<string>();
    for (const part of [...parts.map((p) => this.deref(p)), own]) {
      for (const [key, value] of Object.entries(part)) {
        if (key === 'properties' && isNode(value)) Object.assign(properties, value);
        else if (key === 'required') stringArray(value).forEach((r) => required.add(r));
        else merged[key] = value;
      }
    }
    if (Object.keys(properties).length > 0) merged['properties'] = properties;
    if (required.size > 0) merged['required'] = [...required];
    if (merged['type'] === undefined && Object.keys(properties).length > 0) merged['type'] = 'object';
    return merged;
  }

  private resolvePointer(ref: string): SchemaNode {
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
    let target: unknown = this.spec;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target = isNode(target) ? target[key] : undefined;
    }
    if (!isNode(target)) throw new Error(`Unresolvable $ref ${ref}`);
    return target;
  }

  private report(path: string, kind: ConformanceMismatchKind, keyword: string | undefined, spec: string, ours: string): void {
    this.out.push({ path, kind, ...(keyword === undefined ? {} : { keyword }), spec, ours });
  }
}

function declaredTypes(node: SchemaNode, inheritedType: unknown): JsonType[] {
  const type = node['type'] ?? inheritedType;
  if (typeof type === 'string') return [type as JsonType];
  if (Array.isArray(type)) return type as JsonType[];
  const values = 'const' in node ? [node['const']] : Array.isArray(node['enum']) ? (node['enum'] as unknown[]) : undefined;
  if (values !== undefined) return [...new Set(values.map(jsonTypeOf))];
  if ('properties' in node || 'additionalProperties' in node) return ['object'];
  if ('items' in node) return ['array'];
  return [...allTypes];
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function typesOf(variants: Variant[]): JsonType[] {
  return allTypes.filter((t) => variants.some((v) => v.type === t));
}

/** The allowed values for `type` across variants, or undefined when any variant leaves it open. */
function enumOf(type: JsonType, variants: Variant[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const v of variants) {
    const fixed = 'const' in v.schema ? [v.schema['const']] : Array.isArray(v.schema['enum']) ? (v.schema['enum'] as unknown[]) : undefined;
    if (fixed === undefined) return undefined;
    for (const value of fixed) if (jsonTypeOf(value) === type || (type === 'number' && typeof value === 'number')) values.push(value);
  }
  return values;
}

/** With several variants of one type (an open enum: `anyOf [string, string-enum]`), keywords come from the open one. */
function mergedConstraintSource(variants: Variant[]): SchemaNode {
  return variants.find((v) => !('enum' in v.schema) && !('const' in v.schema))?.schema ?? variants[0]?.schema ?? {};
}

function itemsOf(variants: Variant[]): SchemaNode {
  const items = variants.map((v) => v.schema['items']).filter(isNode);
  if (items.length === 0) return {};
  return items.length === 1 ? items[0]! : { anyOf: items };
}

function describeOpen(value: unknown): string {
  if (value === false) return 'closed';
  if (isNode(value)) return 'a map of typed values';
  return 'any keys';
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodeArray(value: unknown): SchemaNode[] {
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isNode(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function show(value: unknown): string {
  return value === undefined ? 'none' : canonical(value);
}
