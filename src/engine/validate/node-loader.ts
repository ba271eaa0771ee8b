import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';

/**
 * The Node half of `validator.ts`: loading the build-time validators from files beside this module and
 * ajv itself, both synchronously with `require` (they are CommonJS, and `lint` is synchronous).
 * In the bundle (`scripts/bundle.mjs`) the shared code reaches it through a slot that each entry fills:
 * the Node entries with this module, the web entry with one that imports every build-time validator,
 * so browsers and edge runtimes need neither file access nor `require`.
 *
 * No `node:fs` here: importing it as an ES module builds its facade, which reads `fs.promises` and so
 * loads the whole promises API, 2–4 ms of every start-up for one `existsSync`. `require.resolve`
 * answers the same question.
 */
const require = createRequire(import.meta.url);

/** Where the build puts the generated validator of the schema named `name`, relative to this module. */
export function standaloneFileName(name: string): string {
  return `validators.standalone.${name}.cjs`;
}

/** The build-time validator named `name`, or `undefined` when there is none (running from source). */
export function precompiledValidator(name: string): ValidateFunction | undefined {
  let file: string;
  try {
    file = require.resolve(`./${standaloneFileName(name)}`);
  } catch {
    return undefined;
  }
  return require(file) as ValidateFunction;
}

/** ajv and ajv-formats, loaded on first need (~25 ms) instead of at start-up. */
export function loadAjv(): { Ajv: typeof Ajv; formats: FormatsPlugin } {
  return { Ajv: (require('ajv') as typeof import('ajv')).Ajv, formats: require('ajv-formats') as FormatsPlugin };
}
