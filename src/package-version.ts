import { createRequire } from 'node:module';

/**
 * reqlint's own version, from its package.json (Node only: the CLI's `--version` and SARIF output,
 * the ESLint plugin's `meta.version`). The module runs as a bundle chunk in `dist/` or as source in
 * `src/` (package.json one folder up), or compiled in `dist/src/` (two up).
 */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const found = require(candidate) as { name?: string; version: string };
      if (found.name === 'reqlint') return found.version;
    } catch {
      // Not at this depth.
    }
  }
  return 'unknown';
}
