import type { FileResult } from '../lint-file.js';

/** Machine output: an array of `{ filePath, diagnostics }` with the library's diagnostic shape. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(({ filePath, diagnostics }) => ({ filePath, diagnostics }))) + '\n';
}
