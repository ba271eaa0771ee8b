/**
 * Writes every file `generatedFiles()` describes. Run as `npm run generate` (builds first, then runs
 * `dist/scripts/generate.js`). With `--check`, writes nothing and exits 1 when a file is stale.
 * Progress goes to stderr.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatedFiles } from '../src/generate/index.js';
import { listRuleFiles } from '../src/generate/rules-index.js';
import type { AnyRule } from '../src/rule.js';

/** The directory of the nearest package.json above this script, whether run from `scripts/` or `dist/scripts/`. */
function packageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const root = packageRoot(here);
const check = process.argv.includes('--check');
let stale = 0;
let wroteRulesIndex = false;

// Every rule file as built beside this script, not the compiled `rules/index.ts`, which lists a new
// rule only once this run has rewritten it.
const rules: AnyRule[] = [];
for (const file of listRuleFiles(join(root, 'rules'))) {
  const module = (await import(pathToFileURL(join(here, '..', 'rules', file.replace(/\.ts$/, '.js'))).href)) as { default: AnyRule };
  rules.push(module.default);
}

for (const file of generatedFiles(root, rules)) {
  const target = join(root, file.path);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === file.content) continue;
  stale++;
  if (check) {
    process.stderr.write(`stale: ${file.path}\n`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    process.stderr.write(`wrote ${file.path}\n`);
    if (file.path === 'rules/index.ts') wroteRulesIndex = true;
  }
}

// This run built `dist/` before it rewrote the rule list, so the build does not have the change yet.
if (wroteRulesIndex) process.stderr.write('The rule list changed: run `npm run build` before trying it from dist/ (the CLI, the bench).\n');

if (check && stale > 0) {
  process.stderr.write('Generated files are out of date: run `npm run generate`.\n');
  process.exitCode = 1;
} else if (stale === 0) {
  process.stderr.write('Generated files are up to date.\n');
}
