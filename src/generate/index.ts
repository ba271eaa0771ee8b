/**
 * Every generated, committed file, computed purely from source. `scripts/generate.ts` writes them
 * and `test/generated-files.test.ts` fails when a committed copy is stale. Add new generators
 * (README rule list, presets, …) to the list below.
 */
import { jsonSchemaFiles } from './json-schemas.js';
import type { GeneratedFile } from './types.js';

export type { GeneratedFile } from './types.js';

export function generatedFiles(): GeneratedFile[] {
  return [...jsonSchemaFiles()];
}
