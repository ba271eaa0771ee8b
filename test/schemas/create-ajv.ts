/**
 * The ajv configuration the engine uses, reproduced for schema tests: strict, every error,
 * discriminated unions, `type: [T, 'null']` unions, and ajv-formats.
 *
 * Not `addVocabulary(['deprecated'])`: ajv 8 already defines `deprecated` as a metadata keyword
 * (with `title`, `default`, `examples`, …), and adding it again throws "Keyword deprecated is
 * already defined". A test below pins that behaviour.
 */
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the whole
// `module.exports`, so the callable plugin sits on `.default` (vitest's loader unwraps it instead).
const formatsModule = addFormatsModule as unknown as FormatsPlugin | { default: FormatsPlugin };
const addFormats: FormatsPlugin = 'default' in formatsModule ? formatsModule.default : formatsModule;

export const schemaAjvOptions = {
  strict: true,
  allErrors: true,
  discriminator: true,
  allowUnionTypes: true,
} as const;

export function createSchemaAjv(): Ajv {
  const ajv = new Ajv({ ...schemaAjvOptions });
  addFormats(ajv);
  return ajv;
}
