/**
 * Build step (after `tsc`): writes ajv standalone validators for every schema in `precompiledSchemas()`
 * beside the compiled `validator.js`, where `validatorFor` looks for them. Compiling the schemas here
 * instead of at start-up is what keeps `import` + first `lint()` within a few ms of bare Node start-up.
 * Generated into `dist/` (not committed), so it can never be stale against the schemas it was built from.
 */
import { writeFileSync } from 'node:fs';
import { precompiledSchemas } from '../src/engine/validate/precompiled-schemas.js';
import { standaloneValidatorSource } from '../src/engine/validate/standalone.js';
import { standaloneFileName } from '../src/engine/validate/validator.js';

for (const [name, schema] of precompiledSchemas()) {
  // This script runs as dist/scripts/build-validators.js; the validator module is dist/src/engine/validate/validator.js.
  const target = new URL(`../src/engine/validate/${standaloneFileName(name)}`, import.meta.url);
  const source = standaloneValidatorSource(schema);
  writeFileSync(target, source);
  process.stderr.write(`wrote ${target.pathname.replace(/^.*\/dist\//, 'dist/')} (${(source.length / 1024).toFixed(0)} KiB)\n`);
}
