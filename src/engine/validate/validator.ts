import type { Ajv as AjvInstance, ErrorObject, Options, ValidateFunction } from 'ajv';
import { getAtPointer } from '../../json-pointer.js';
import { loadAjv, precompiledValidator } from './node-loader.js';

export { standaloneFileName } from './node-loader.js';

/** The name the build-time validator of a built-in rule's options is stored under (a file name: no `/`). */
export function ruleOptionsValidatorName(ruleId: string): string {
  return `rule-options.${ruleId.replaceAll('/', '.')}`;
}

/**
 * Validators for the request schemas. In the built package they are ajv "standalone" code generated at
 * build time (`scripts/build-validators.ts` → `validators.standalone.<dialect>.cjs` beside this file), so start-up
 * loads plain functions instead of loading ajv and compiling the schemas (~90 ms for Chat Completions).
 * When that file is absent (tests run from source) or a schema was not pre-compiled, ajv compiles it
 * on first use with exactly the same options; `test/engine/standalone-validators.test.ts` checks the
 * two give the same results.
 *
 * Options matter:
 * - `allErrors` so one run reports every problem in the document, not just the first;
 * - `discriminator` so a tagged union (`role`, `type`) reports the branch the user picked, not all;
 * - not `verbose`: it would write every error's schema nodes into the generated code (a quarter of it,
 *   compiled on every start-up); `validate` finds them from `schemaPath` when a document has errors;
 * - never `useDefaults`, `coerceTypes` or `removeAdditional`: validation must not mutate the input.
 */
export const AJV_OPTIONS = {
  strict: true,
  strictRequired: false,
  allErrors: true,
  discriminator: true,
  allowUnionTypes: true,
  verbose: false,
  useDefaults: false,
  coerceTypes: false,
  removeAdditional: false,
} as const satisfies Options;

// ajv and ajv-formats are CommonJS and cost ~25 ms to load; the pre-flight path with pre-compiled
// validators never needs them, so `node-loader.ts` requires them synchronously on first use.
let shared: AjvInstance | undefined;

/** The engine's ajv instance (created on first use). */
export function getAjv(): AjvInstance {
  shared ??= createAjv();
  return shared;
}

/**
 * A fresh instance with the engine's configuration, for tests that must compile in isolation.
 * `code` is for the build-time generator (`{ source: true }` keeps the generated source).
 */
export function createAjv(code?: Options['code']): AjvInstance {
  const { Ajv, formats } = loadAjv();
  const ajv = new Ajv({ ...AJV_OPTIONS, ...(code ? { code } : {}) });
  // `deprecated` needs no vocabulary: ajv 8 already knows it as a metadata keyword.
  // "fast" formats: full `uri` validation takes ~56 ms on a 5 MB image data URL and rejects
  // non-ASCII URLs the API accepts; the fast regexes take ~5 ms and accept them.
  formats(ajv, { mode: 'fast' });
  return ajv;
}

const compiled = new WeakMap<object, ValidateFunction>();
/** Shared by every valid document: no allocation on the common path. Frozen, so no caller can add to it. */
const NO_ERRORS: readonly ErrorObject[] = Object.freeze([]);

/**
 * The validator for a schema, once per schema object. `name` (a dialect id) selects the build-time
 * validator when there is one; otherwise the schema is compiled on first use, so start-up pays only
 * for the dialects it lints.
 */
export function validatorFor(schema: object, name?: string): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = (name === undefined ? undefined : precompiledValidator(name)) ?? getAjv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** `schema`'s errors for `value`, each with the `schema` and `parentSchema` that ajv's `verbose` gives. */
export function validate(schema: object, value: unknown, name?: string): readonly ErrorObject[] {
  const run = validatorFor(schema, name);
  return run(value) ? NO_ERRORS : (run.errors ?? []).map((error) => withSchemaNodes(schema, error));
}

/**
 * The schema nodes behind an error, found by its `schemaPath` (`#/properties/messages/items/oneOf/2/required`):
 * the keyword's value and the schema object that holds it. Exact, because the request schemas compose
 * by import and have no `$ref`, so every path starts at the root.
 */
function withSchemaNodes(root: object, error: ErrorObject): ErrorObject {
  // A URI fragment (`#/…`) holding a JSON Pointer; an escaped `/` in a key stays `~1` once decoded.
  const pointer = decodeURIComponent(error.schemaPath.slice(1));
  const parentSchema = getAtPointer(root, pointer.slice(0, pointer.lastIndexOf('/'))) as ErrorObject['parentSchema'];
  return { ...error, schema: getAtPointer(root, pointer), parentSchema };
}
