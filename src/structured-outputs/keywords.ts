import { KEYWORD_FACTS, type Facts } from './facts.js';
import { DEFINITIONS } from './refs.js';

/**
 * What the walk reads of one node, in one pass over its keys. Schema objects come in as many shapes
 * as there are schemas, so each `schema.type` outside a `for...in` over the schema is a slow
 * (megamorphic) lookup; reading every key once, inside the loop, into one object of a fixed shape is
 * the cheapest way to look at a node several times.
 */

/** How a structural keyword holds its subschemas: one schema, a list, or a map of names to schemas. */
type Form = 'single' | 'list' | 'map';

const STRUCTURE: ReadonlyMap<string, Form> = new Map<string, Form>([
  ...(
    [
      'items',
      'additionalProperties',
      'not',
      'if',
      'then',
      'else',
      'contains',
      'propertyNames',
      'unevaluatedItems',
      'unevaluatedProperties',
      'additionalItems',
      'contentSchema',
    ] as const
  ).map((k) => [k, 'single'] as const),
  ...(['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const).map((k) => [k, 'list'] as const),
  ...(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const).map((k) => [k, 'map'] as const),
]);

/** Where a non-object value is a mistake rather than JSON Schema's boolean shorthand worth keeping. */
const SCHEMA_REQUIRED: ReadonlySet<string> = new Set([
  'properties',
  '$defs',
  'definitions',
  'anyOf',
  'oneOf',
  'allOf',
  'prefixItems',
  'items',
]);

/** What a keyword means to the walk: subschemas to follow (`form`), facts to note, or both. */
export interface KeywordRole {
  readonly keyword: string;
  readonly form: Form | undefined;
  readonly facts: Facts;
  /** A value under it that is not a schema object is a mistake (`NonSchemaEntry`). */
  readonly schemaRequired: boolean;
  /** Its subschemas are definitions, which start again at the top nesting level. */
  readonly definitions: boolean;
}

function roleOf(keyword: string): KeywordRole {
  return {
    keyword,
    form: STRUCTURE.get(keyword),
    facts: KEYWORD_FACTS.get(keyword) ?? 0,
    schemaRequired: SCHEMA_REQUIRED.has(keyword),
    definitions: DEFINITIONS.has(keyword),
  };
}

/** Every keyword that matters to the walk; the others are read (when `read` names them) and passed over. */
const ROLES: ReadonlyMap<string, KeywordRole> = new Map(
  [...new Set([...STRUCTURE.keys(), ...KEYWORD_FACTS.keys()])].map((keyword) => [keyword, roleOf(keyword)]),
);

// The keywords most schemas are made of, which `read` and `subschemaRole` handle in a `switch` instead
// of looking them up in `ROLES` (a hash lookup per key was most of the cost of reading a node). Built
// from the same tables, so the data still decides their facts.
const ITEMS = roleOf('items');
const PROPERTIES = roleOf('properties');
const ADDITIONAL_PROPERTIES = roleOf('additionalProperties');
const ANY_OF = roleOf('anyOf');
const $DEFS = roleOf('$defs');
const DEFINITIONS_ROLE = roleOf('definitions');
const TYPE_FACTS = roleOf('type').facts;
const REQUIRED_FACTS = roleOf('required').facts;
const REF_FACTS = roleOf('$ref').facts;
const ENUM_FACTS = roleOf('enum').facts;
const CONST_FACTS = roleOf('const').facts;
const DESCRIPTION_FACTS = roleOf('description').facts;
const TITLE_FACTS = roleOf('title').facts;

/** The role of `keyword` when it holds subschemas; `undefined` when it holds none. */
export function subschemaRole(keyword: string): KeywordRole | undefined {
  switch (keyword) {
    case 'properties':
      return PROPERTIES;
    case 'items':
      return ITEMS;
    case 'additionalProperties':
      return ADDITIONAL_PROPERTIES;
    case 'anyOf':
      return ANY_OF;
    case '$defs':
      return $DEFS;
    case 'definitions':
      return DEFINITIONS_ROLE;
    case 'type':
    case 'required':
    case 'description':
    case 'enum':
    case '$ref':
    case 'const':
    case 'title':
      return undefined;
    default: {
      const role = ROLES.get(keyword);
      return role?.form === undefined ? undefined : role;
    }
  }
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
    this.type =
      this.properties =
      this.required =
      this.items =
      this.additionalProperties =
      this.$ref =
      this.enum =
      this.const =
      this.$defs =
      this.definitions =
        undefined;
    this.hasProperties = this.hasAnyOf = this.hasConst = this.hasSubschemas = false;
    this.keyCount = this.facts = 0;
    for (const keyword in schema) {
      this.keyCount++;
      const value = schema[keyword];
      switch (keyword) {
        case 'type':
          this.type = value;
          this.facts |= TYPE_FACTS;
          break;
        case 'properties':
          this.properties = value;
          this.hasProperties = true;
          this.note(PROPERTIES);
          break;
        case 'required':
          this.required = value;
          this.facts |= REQUIRED_FACTS;
          break;
        case 'items':
          this.items = value;
          this.note(ITEMS);
          break;
        case 'additionalProperties':
          this.additionalProperties = value;
          this.note(ADDITIONAL_PROPERTIES);
          break;
        case 'anyOf':
          this.hasAnyOf = true;
          this.note(ANY_OF);
          break;
        case '$ref':
          this.$ref = value;
          this.facts |= REF_FACTS;
          break;
        case 'enum':
          this.enum = value;
          this.facts |= ENUM_FACTS;
          break;
        case 'const':
          this.const = value;
          this.hasConst = true;
          this.facts |= CONST_FACTS;
          break;
        case '$defs':
          this.$defs = value;
          this.note($DEFS);
          break;
        case 'definitions':
          this.definitions = value;
          this.note(DEFINITIONS_ROLE);
          break;
        case 'description':
          this.facts |= DESCRIPTION_FACTS;
          break;
        case 'title':
          this.facts |= TITLE_FACTS;
          break;
        default: {
          const role = ROLES.get(keyword);
          if (role !== undefined) this.note(role);
        }
      }
    }
    return this;
  }

  private note(role: KeywordRole): void {
    this.facts |= role.facts;
    if (role.form !== undefined) this.hasSubschemas = true;
  }
}
