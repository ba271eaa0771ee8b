import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { REPO_ROOT } from '../support/rule-docs.js';

/**
 * The protocol tests start the server as a child process, as an editor does. Node cannot run the
 * TypeScript sources, so the server entry is bundled once (rolldown reads TypeScript; ~1 s) into
 * node_modules/.cache, inside the repository so that its dependencies resolve as they do for `dist/`.
 */
export async function buildServerForTests(): Promise<string> {
  const outDir = join(REPO_ROOT, 'node_modules', '.cache', 'reqlint-lsp-test');
  mkdirSync(outDir, { recursive: true });
  const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { dependencies: Record<string, string> };
  const external = [
    /^node:/,
    ...Object.keys(pkg.dependencies).map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`)),
  ];
  await build({
    input: join(REPO_ROOT, 'src', 'lsp', 'bin.ts'),
    platform: 'node',
    external,
    output: { dir: outDir, entryFileNames: 'language-server.mjs', chunkFileNames: '[name]-[hash].mjs', format: 'esm' },
    logLevel: 'warn',
  });
  return join(outDir, 'language-server.mjs');
}
