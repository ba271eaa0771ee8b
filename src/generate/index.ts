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
import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../rule.js';

export type { GeneratedFile } from './types.js';

/**
 * `root` is the repository root: some outputs depend on which files exist (rules) or on a hand-written
 * file (README). `rules` is the catalogue the README's table lists: the script passes the rule files
 * it finds, so a new rule is in the table on the first run, before the compiled `rules/index.ts` knows it.
 */
export function generatedFiles(root: string, rules: readonly AnyRule[] = builtinRules): GeneratedFile[] {
  const readmePath = join(root, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
  return [
    ...jsonSchemaFiles(),
    { path: 'rules/index.ts', content: renderRulesIndex(listRuleFiles(join(root, 'rules'))) },
    ...(readme === undefined ? [] : [{ path: 'README.md', content: withRuleTable(readme, rules) }]),
  ];
}
