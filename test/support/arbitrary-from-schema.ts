/**
 * Builds a fast-check arbitrary from one of our JSON Schemas, producing values that schema accepts.
 * It understands the vocabulary our schemas use: `type` (and type arrays), `enum`, `const`,
 * `properties` / `required` (optional keys are sometimes left out), `additionalProperties`
 * (false, a value schema, or open), `propertyNames`, `items`, `minItems` / `maxItems`,
 * `uniqueItems`, numeric bounds, `minLength` / `maxLength`, `pattern`, common `format`s, `anyOf`,
 * and `oneOf` tagged by a `discriminator` (an untagged `oneOf` may produce values that match
 * several branches, so it is refused: supply an override instead).
 *
 * Callers replace the generator of any subschema by its JSON Pointer into the schema, e.g.
 * `{ overrides: { '/properties/model': fc.constantFrom('gpt-4o', 'o3') } }`, and can leave
 * properties out entirely (`omit`) or skip deprecated ones, so that "valid request" properties can
 * be narrowed to what the rules under test consider clean.
 */
import fc from 'fast-check';

export interface ArbitraryFromSchemaOptions {
  /** Generators to use instead of the schema's own, keyed by JSON Pointer into the schema (`''` is the root). */
  overrides?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
  /** JSON Pointers of optional properties never to generate, e.g. `/properties/seed`. */
  omit?: readonly string[];
  /** Never generate optional properties or union branches marked `deprecated: true`. */
  skipDeprecated?: boolean;
  /** Longest array generated when the schema allows more (default 3). */
  maxItems?: number;
  /** Most keys in a generated map or open object when the schema allows more (default 3). */
  maxKeys?: number;
  /** Longest free string when the schema sets no `maxLength` (default 12). */
  maxStringLength?: number;
  /** Nesting depth of free-form JSON inside open objects (default 2). */
  maxJsonDepth?: number;
}

type Schema = { readonly [key: string]: unknown };
type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

interface Context {
  overrides: Readonly<Record<string, fc.Arbitrary<unknown>>>;
  omit: ReadonlySet<string>;
  skipDeprecated: boolean;
  maxItems: number;
  maxKeys: number;
  maxStringLength: number;
  maxJsonDepth: number;
}

export function arbitraryFromSchema(schema: unknown, options: ArbitraryFromSchemaOptions = {}): fc.Arbitrary<unknown> {
  const context: Context = {
    overrides: options.overrides ?? {},
    omit: new Set(options.omit ?? []),
    skipDeprecated: options.skipDeprecated ?? false,
    maxItems: options.maxItems ?? 3,
    maxKeys: options.maxKeys ?? 3,
    maxStringLength: options.maxStringLength ?? 12,
    maxJsonDepth: options.maxJsonDepth ?? 2,
  };
  return build(schema, '', context);
}

function build(schema: unknown, pointer: string, context: Context): fc.Arbitrary<unknown> {
  const override = context.overrides[pointer];
  if (override !== undefined) return override;
  if (schema === true) return freeJson(context);
  if (!isSchema(schema)) throw new Error(`Cannot generate values for the schema at '${pointer}'.`);

  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));

  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    if (keyword === 'oneOf' && !isSchema(schema['discriminator'])) {
      throw new Error(`The oneOf at '${pointer}' has no discriminator, so its branches may overlap; supply an override.`);
    }
    const usable = branches
      .map((branch, index) => ({ branch: branch as unknown, index }))
      .filter(({ branch }) => !(context.skipDeprecated && isSchema(branch) && branch['deprecated'] === true));
    return fc.oneof(...usable.map(({ branch, index }) => build(branch, `${pointer}/${keyword}/${index}`, context)));
  }

  const types = typesOf(schema);
  if (types.length === 0) return freeJson(context);
  return fc.oneof(...types.map((type) => buildType(type, schema, pointer, context)));
}

function buildType(type: JsonType, schema: Schema, pointer: string, context: Context): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integerArbitrary(schema, pointer);
    case 'number':
      return numberArbitrary(schema, pointer);
    case 'string':
      return stringArbitrary(schema, pointer, context);
    case 'array':
      return arrayArbitrary(schema, pointer, context);
    case 'object':
      return objectArbitrary(schema, pointer, context);
  }
}

function integerArbitrary(schema: Schema, pointer: string): fc.Arbitrary<number> {
  if (schema['multipleOf'] !== undefined) throw new Error(`multipleOf at '${pointer}' is not supported; supply an override.`);
  // Bounds such as int64 (±2^63) exceed what a double holds exactly; stay within safe integers.
  let min = Math.max(numberOr(schema['minimum'], Number.MIN_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
  let max = Math.min(numberOr(schema['maximum'], Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  if (typeof schema['exclusiveMinimum'] === 'number') min = Math.max(min, Math.floor(schema['exclusiveMinimum']) + 1);
  if (typeof schema['exclusiveMaximum'] === 'number') max = Math.min(max, Math.ceil(schema['exclusiveMaximum']) - 1);
  min = Math.ceil(min);
  max = Math.floor(max);
  const int32 = 2 ** 31;
  if (min >= -int32 && max < int32) return fc.integer({ min, max });
  return fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
}

function numberArbitrary(schema: Schema, pointer: string): fc.Arbitrary<number> {
  if (schema['multipleOf'] !== undefined) throw new Error(`multipleOf at '${pointer}' is not supported; supply an override.`);
  const exclusiveMin = typeof schema['exclusiveMinimum'] === 'number' ? schema['exclusiveMinimum'] : undefined;
  const exclusiveMax = typeof schema['exclusiveMaximum'] === 'number' ? schema['exclusiveMaximum'] : undefined;
  const min = exclusiveMin ?? (typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined);
  const max = exclusiveMax ?? (typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined);
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min === undefined ? {} : { min, minExcluded: exclusiveMin !== undefined }),
    ...(max === undefined ? {} : { max, maxExcluded: exclusiveMax !== undefined }),
  });
}

const formats: Record<string, () => fc.Arbitrary<string>> = {
  uri: () =>
    fc.oneof(
      fc.webUrl(),
      fc.base64String({ minLength: 4, maxLength: 24 }).map((data) => `data:image/png;base64,${data}`),
    ),
  email: () => fc.emailAddress(),
  uuid: () => fc.uuid(),
  'date-time': () =>
    fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  date: () =>
    fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
};

function stringArbitrary(schema: Schema, pointer: string, context: Context): fc.Arbitrary<string> {
  const minLength = numberOr(schema['minLength'], 0);
  const maxLength = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : undefined;
  // ajv counts code points; fast-check's default string unit is one ASCII character, so lengths agree.
  const withinLength = (s: string): boolean => [...s].length >= minLength && (maxLength === undefined || [...s].length <= maxLength);

  if (typeof schema['pattern'] === 'string') {
    // ajv compiles patterns with the `u` flag; generate from the same regular expression.
    return fc.stringMatching(new RegExp(schema['pattern'], 'u')).filter(withinLength);
  }
  const format = schema['format'];
  if (typeof format === 'string') {
    const arbitrary = formats[format];
    if (arbitrary === undefined) throw new Error(`format '${format}' at '${pointer}' is not supported; supply an override.`);
    return arbitrary().filter(withinLength);
  }
  return fc.string({ minLength, maxLength: maxLength ?? Math.max(minLength, context.maxStringLength) });
}

function arrayArbitrary(schema: Schema, pointer: string, context: Context): fc.Arbitrary<unknown[]> {
  const items = schema['items'];
  if (Array.isArray(items)) throw new Error(`Tuple items at '${pointer}' are not supported; supply an override.`);
  const item = items === undefined ? freeJson(context) : build(items, `${pointer}/items`, context);
  const minLength = numberOr(schema['minItems'], 0);
  const maxLength = Math.min(numberOr(schema['maxItems'], Infinity), Math.max(minLength, context.maxItems));
  if (schema['uniqueItems'] === true) return fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  return fc.array(item, { minLength, maxLength });
}

function objectArbitrary(schema: Schema, pointer: string, context: Context): fc.Arbitrary<Record<string, unknown>> {
  const properties = isSchema(schema['properties']) ? schema['properties'] : {};
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const declared: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    const propertyPointer = `${pointer}/properties/${escapePointer(key)}`;
    const skippable = !required.has(key) && context.overrides[propertyPointer] === undefined;
    if (
      skippable &&
      (context.omit.has(propertyPointer) || (context.skipDeprecated && isSchema(propertySchema) && propertySchema['deprecated'] === true))
    ) {
      continue;
    }
    declared[key] = build(propertySchema, propertyPointer, context);
  }
  const requiredKeys = Object.keys(declared).filter((key) => required.has(key));
  const record = fc.record(declared, { requiredKeys });

  // Extra keys: only where the schema allows them and declares none (maps like `metadata`,
  // open objects like `function.parameters`). Objects with declared properties get only those.
  const additional = schema['additionalProperties'];
  if (Object.keys(properties).length > 0 || additional === false) return record;

  const maxKeys = Math.min(numberOr(schema['maxProperties'], Infinity), context.maxKeys);
  const minKeys = Math.min(numberOr(schema['minProperties'], 0), maxKeys);
  const keyArbitrary = isSchema(schema['propertyNames'])
    ? stringArbitrary({ ...schema['propertyNames'], type: 'string' }, `${pointer}/propertyNames`, context)
    : fc.string({ maxLength: context.maxStringLength });
  const valueArbitrary = isSchema(additional) ? build(additional, `${pointer}/additionalProperties`, context) : freeJson(context);
  return fc.dictionary(keyArbitrary, valueArbitrary, { minKeys, maxKeys, noNullPrototype: true });
}

function freeJson(context: Context): fc.Arbitrary<unknown> {
  return fc.jsonValue({ maxDepth: context.maxJsonDepth });
}

function typesOf(schema: Schema): JsonType[] {
  const type = schema['type'];
  if (typeof type === 'string') return [type as JsonType];
  if (Array.isArray(type)) return type as JsonType[];
  if ('properties' in schema || 'additionalProperties' in schema) return ['object'];
  if ('items' in schema) return ['array'];
  return [];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
