/**
 * Schema tests compile with exactly the engine's ajv configuration (a fresh instance each time, so
 * compiling a schema twice does not clash on `$id`).
 */
import { Ajv } from 'ajv';
import { createAjv } from '../../src/engine/validate/validator.js';

export const schemaAjvOptions = { strict: true, allErrors: true, discriminator: true, allowUnionTypes: true } as const;

export function createSchemaAjv(): Ajv {
  return createAjv();
}
