import { KEYWORD_FACTS, type Facts } from './facts.js';

/**
 * What the walk reads of one node, in one pass over its keys. Schema objects come in as many shapes
 * as there are schemas, so each `schema.type` outside a `for...in` over the schema is a slow
 * (megamorphic) lookup; reading every key once, inside the loop, into one object of a fixed shape is
 * the cheapest way to look at a node several times.
 */

/** How a structural keyword holds its subschemas: one schema, a list, or a map of names to schemas. */
export type Form = 'single' | 'list' | 'map';

const STRUCTURE: ReadonlyMap<string, Form> = new Map<string, Form>([
  ...(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems', 'contentSchema'] as const).map((k) => [k, 'single'] as const),
  ...(['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const).map((k) => [k, 'list'] as const),
  ...(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const).map((k) => [k, 'map'] as const),
]);

/** What a keyword means to the walk: subschemas to follow (`form`), facts to note, or both. */
interface KeywordRole {
  form: Form | undefined;
  facts: Facts;
}

/** Both tables in one, so each key of a node is looked up once. */
const ROLES: ReadonlyMap<string, KeywordRole> = new Map(
  [...new Set([...STRUCTURE.keys(), ...KEYWORD_FACTS.keys()])].map((keyword) => [keyword, { form: STRUCTURE.get(keyword), facts: KEYWORD_FACTS.get(keyword) ?? 0 }]),
);

/** How `keyword` holds subschemas; `undefined` when it holds none. */
export function subschemaForm(keyword: string): Form | undefined {
  return ROLES.get(keyword)?.form;
}

/**
 * The keywords of one node that the facts and the size budgets depend on (`has*`: the key is there,
 * whatever its value), the facts its keywords bring by themselves, and whether it holds subschemas.
 * One instance is reused for node after node (`read`), since what it holds is used up before the
 * walk moves on.
 */
export class NodeKeywords {
  type: unknown = undefined;
  properties: unknown = undefined;
  hasProperties = false;
  required: unknown = undefined;
  items: unknown = undefined;
  additionalProperties: unknown = undefined;
  hasAnyOf = false;
  $ref: unknown = undefined;
  enum: unknown = undefined;
  const: unknown = undefined;
  hasConst = false;
  $defs: unknown = undefined;
  definitions: unknown = undefined;
  keyCount = 0;
  facts: Facts = 0;
  hasSubschemas = false;

  /** Forgets the previous node and reads `schema`. */
  read(schema: Record<string, unknown>): this {
    this.type = this.properties = this.required = this.items = this.additionalProperties = this.$ref = this.enum = this.const = this.$defs = this.definitions = undefined;
    this.hasProperties = this.hasAnyOf = this.hasConst = this.hasSubschemas = false;
    this.keyCount = this.facts = 0;
    for (const keyword in schema) {
      this.keyCount++;
      const value = schema[keyword];
      switch (keyword) {
        case 'type':
          this.type = value;
          break;
        case 'properties':
          this.properties = value;
          this.hasProperties = true;
          break;
        case 'required':
          this.required = value;
          break;
        case 'items':
          this.items = value;
          break;
        case 'additionalProperties':
          this.additionalProperties = value;
          break;
        case 'anyOf':
          this.hasAnyOf = true;
          break;
        case '$ref':
          this.$ref = value;
          break;
        case 'enum':
          this.enum = value;
          break;
        case 'const':
          this.const = value;
          this.hasConst = true;
          break;
        case '$defs':
          this.$defs = value;
          break;
        case 'definitions':
          this.definitions = value;
          break;
      }
      const role = ROLES.get(keyword);
      if (role === undefined) continue;
      this.facts |= role.facts;
      if (role.form !== undefined) this.hasSubschemas = true;
    }
    return this;
  }
}
