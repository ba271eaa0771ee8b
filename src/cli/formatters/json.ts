import type { FileResult } from '../lint-file.js';

/**
 * Machine output: an array of `{ filePath, diagnostics }` with the library's diagnostic shape; with
 * `--fix-dry-run`, `output` holds the fixed text of files that would change (as in ESLint).
 */
export function formatJson(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      results.map(({ filePath, diagnostics, output }) => ({ filePath, diagnostics, ...(output !== undefined ? { output } : {}) })),
    ) + '\n'
  );
}
