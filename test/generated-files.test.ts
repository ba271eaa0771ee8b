/**
 * Committed generated files (JSON schemas for editors, …) must equal what `generatedFiles()`
 * produces from source now; otherwise someone changed a source and forgot to regenerate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/generate/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('generated files are current', () => {
  const files = generatedFiles(root);

  it('generates at least the editor JSON schemas, with unique paths', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toContain('schemas/json/chat-completions-request.schema.json');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s', (path, file) => {
    const target = `${root}${path}`;
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    expect(committed === file.content, `${path} is missing or out of date: run \`npm run generate\``).toBe(true);
  });
});
