import data from '../../data/models.json' with { type: 'json' };
import type { ModelCapabilitiesFile } from './types.js';

/**
 * The bundled capability table. TypeScript infers JSON literals as plain `string`s, so the import is
 * re-typed to the schema-derived type; `test/models/data.test.ts` validates the file against that
 * schema, which is what makes the cast honest (validating here would cost every start-up).
 */
export const bundledModelData: ModelCapabilitiesFile = data as unknown as ModelCapabilitiesFile;
