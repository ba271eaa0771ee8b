import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * reqlint's own version (Node only: the CLI's `--version` and SARIF output, the ESLint plugin's
 * `meta.version`, the language server's `serverInfo`), from the nearest package.json named reqlint
 * above this module: it runs as source, compiled, as a chunk of the published bundle, and bundled
 * again by the protocol tests, each at its own depth.
 */
export function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const found = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: unknown };
      if (found.name === 'reqlint' && typeof found.version === 'string') return found.version;
    } catch {
      // No package.json here, or not one that can be read.
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
