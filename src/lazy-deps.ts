import { createRequire } from 'node:module';

/**
 * Dependencies that a clean pre-flight lint never touches, loaded synchronously on first use instead of
 * imported at start-up: jsonc-parser is needed only for JSONC or broken text, for ranges of findings
 * and for text fixes (~13 ms to import as ES modules, ~4 ms as CommonJS, on first need); fastest-levenshtein
 * only for a did-you-mean on an unknown key. Both packages ship CommonJS builds, so `require` works.
 */
const require = createRequire(import.meta.url);

/** A getter that `require`s a CommonJS package the first time it is called, and caches it. */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}

export type JsoncParser = typeof import('jsonc-parser');
export type Levenshtein = typeof import('fastest-levenshtein');

export const jsonc = lazyModule<JsoncParser>('jsonc-parser');
export const fastestLevenshtein = lazyModule<Levenshtein>('fastest-levenshtein');
