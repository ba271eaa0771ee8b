/**
 * JSON copies of the request schemas for editors (`"$schema": …` in a request file, or VS Code
 * `json.schemas`). The TypeScript constants stay the source; these are regenerated from them.
 */
import { DIALECTS } from '../dialects/index.js';
import { configSchema } from '../../schemas/config.js';
import { modelCapabilitiesSchema } from '../../schemas/model-capabilities.js';
import type { GeneratedFile } from './types.js';

/**
 * Where the published copies resolve: package.json exports `./schemas/*.json` from
 * `dist/schemas/json/`, which unpkg serves for the latest published version.
 */
export const schemaBaseUrl = 'https://unpkg.com/reqlint/dist/schemas/json/';

const draft07 = 'http://json-schema.org/draft-07/schema#';

export function jsonSchemaFile(name: string, schema: object): GeneratedFile {
  const document = { $schema: draft07, $id: `${schemaBaseUrl}${name}.schema.json`, ...schema };
  return { path: `schemas/json/${name}.schema.json`, content: `${JSON.stringify(document, null, 2)}\n` };
}

export function jsonSchemaFiles(): GeneratedFile[] {
  return [
    ...DIALECTS.map((dialect) => jsonSchemaFile(dialect.jsonSchemaName, dialect.schema)),
    jsonSchemaFile('model-capabilities', modelCapabilitiesSchema),
    jsonSchemaFile('config', configSchema),
  ];
}
