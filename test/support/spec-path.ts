import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The official OpenAPI spec: `REQLINT_OPENAPI_SPEC`, else `<repo>/../shared/reference/openapi.yaml`.
 * A missing spec fails loudly: a conformance test that silently skips would prove nothing.
 */
export function openApiSpecPath(): string {
  const path = process.env['REQLINT_OPENAPI_SPEC'] ?? fileURLToPath(new URL('../../../shared/reference/openapi.yaml', import.meta.url));
  if (!existsSync(path)) {
    throw new Error(`OpenAI OpenAPI spec not found at ${path}; set REQLINT_OPENAPI_SPEC to the path of openapi.yaml.`);
  }
  return path;
}
