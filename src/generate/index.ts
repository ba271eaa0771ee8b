/**
 * Every generated, committed file, computed from source. `scripts/generate.ts` writes them and
 * `test/generated-files.test.ts` fails when a committed copy is stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from './json-schemas.js';
import { withRuleTable } from './readme-rules.js';
import { listRuleFiles, renderRulesIndex } from './rules-index.js';
import type { GeneratedFile } from './types.js';

export type { GeneratedFile } from './types.js';

/** `root` is the repository root: some outputs depend on which files exist (rules) or on a hand-written file (README). */
export function generatedFiles(root: string): GeneratedFile[] {
  const readmePath = join(root, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
  return [
    ...jsonSchemaFiles(),
    { path: 'rules/index.ts', content: renderRulesIndex(listRuleFiles(join(root, 'rules'))) },
    ...(readme === undefined ? [] : [{ path: 'README.md', content: withRuleTable(readme) }]),
  ];
}
