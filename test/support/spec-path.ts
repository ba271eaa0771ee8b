import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The part of OpenAI's OpenAPI spec the tests use, kept in the repository (see
 * `test/fixtures/openapi/SOURCE.md` for its commit, date and licence, and
 * `scripts/extract-openapi.mjs` to refresh it).
 */
export const OPENAPI_EXTRACT_PATH = fileURLToPath(new URL('../fixtures/openapi/openapi-extract.json', import.meta.url));

export interface OpenApiExtract {
  paths: Record<
    string,
    Record<string, { operationId: string; 'x-oaiMeta': { examples: Array<{ title?: string; request: { curl?: string } }> } }>
  >;
  components: { schemas: Record<string, unknown> };
  [key: string]: unknown;
}

let loaded: OpenApiExtract | undefined;

export function loadOpenApiExtract(): OpenApiExtract {
  loaded ??= JSON.parse(readFileSync(OPENAPI_EXTRACT_PATH, 'utf8')) as OpenApiExtract;
  return loaded;
}
