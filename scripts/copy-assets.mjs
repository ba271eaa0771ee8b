// Copies non-TypeScript assets that `tsc` does not emit into dist/: the generated JSON schemas
// (package.json exports them as `reqlint/schemas/*.json`). Does nothing when there is nothing to copy.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** [source dir, target dir, file filter], relative to the package root. */
const assets = [['schemas/json', 'dist/schemas/json', (name) => name.endsWith('.json')]];

for (const [from, to, keep] of assets) {
  const source = join(root, from);
  if (!existsSync(source)) continue;
  const files = readdirSync(source).filter(keep);
  if (files.length === 0) continue;
  mkdirSync(join(root, to), { recursive: true });
  for (const name of files) copyFileSync(join(source, name), join(root, to, name));
}
