/**
 * Build step (after `tsc`): writes ajv standalone validators for every schema in `precompiledSchemas()` to
 * `dist/src/engine/validators.standalone.<name>.cjs`, where `src/engine/validator.ts` looks for them. Compiling
 * the schemas here instead of at start-up is what keeps `import` + first `lint()` within a few ms of
 * bare Node start-up. Generated into `dist/` (not committed), so it can never be stale against the
 * schemas it was built from.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { createCodeCache } from '../src/engine/code-cache.js';
import { precompiledSchemas } from '../src/engine/validate/precompiled-schemas.js';
import { standaloneValidatorSource } from '../src/engine/validate/standalone.js';
import { standaloneFileName } from '../src/engine/validate/validator.js';

for (const [name, schema] of precompiledSchemas()) {
  // This script runs as dist/scripts/build-validators.js; the engine is compiled to dist/src/engine/.
  const target = new URL(`../src/engine/${standaloneFileName(name)}`, import.meta.url);
  const source = standaloneValidatorSource(schema);
  writeFileSync(target, source);
  process.stderr.write(`wrote ${target.pathname.replace(/^.*\/dist\//, 'dist/')} (${(source.length / 1024).toFixed(0)} KiB)\n`);
  // The code cache is warmed with the bundled examples, clean and broken, so the paths a first lint
  // takes are compiled in it.
  const cache = createCodeCache(fileURLToPath(target), (exports) => {
    for (const sample of warmUpSamples()) (exports as ValidateFunction)(sample);
  });
  writeFileSync(`${fileURLToPath(target)}.v8cache`, cache);
}

function warmUpSamples(): unknown[] {
  const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
  const samples: unknown[] = [{}, { model: 1, messages: 'x' }];
  for (const name of readdirSync(examples)) {
    if (!name.endsWith('.json')) continue;
    try {
      samples.push(JSON.parse(readFileSync(examples + name, 'utf8')));
    } catch {
      // A JSONC example is not needed for warming.
    }
  }
  return samples;
}
