import * as jsoncParser from 'jsonc-parser';
import * as levenshtein from 'fastest-levenshtein';
import type { JsoncParser, Levenshtein } from './lazy-deps.js';

/**
 * `lazy-deps.ts` for browsers, Web Workers and edge runtimes, which have no `require`: the web entry
 * of the bundle (`scripts/bundle.mjs`) installs this module in the slot the shared code calls, and both
 * dependencies are bundled as ES modules.
 * Same getters, so no caller knows the difference.
 */
export const jsonc = (): JsoncParser => jsoncParser;
export const fastestLevenshtein = (): Levenshtein => levenshtein;

/** Only the CLI loads other packages lazily; on the web there is nothing to `require` them with. */
export function lazyModule<T>(specifier: string): () => T {
  return () => {
    throw new Error(`reqlint: ${specifier} is only available under Node.js (this is the web build, which has no require).`);
  };
}
