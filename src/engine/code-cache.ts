import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads a CommonJS file as `require` would, but through a V8 code cache written beside it at build time
 * (`<file>.v8cache`), so the first `lint()` does not spend ~8 ms compiling a large generated validator.
 * The cache is only an accelerator: when it is missing, or V8 rejects it (another Node version or
 * other flags), the source is compiled as usual and behaves the same.
 */
export function requireWithCodeCache(file: string): unknown {
  const cacheFile = `${file}.v8cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  return run(file, cachedData).exports;
}

/**
 * Compiles a CommonJS file, lets `warm` exercise its exports (so V8 compiles the inner functions that a
 * real first call needs, which the cache then includes), and returns the code cache to write beside it.
 */
export function createCodeCache(file: string, warm: (exports: unknown) => void): Buffer {
  const { exports, script } = run(file, undefined);
  warm(exports);
  return script.createCachedData();
}

function run(file: string, cachedData: Buffer | undefined): { exports: unknown; script: Script } {
  const source = readFileSync(file, 'utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const factory = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  const module = { exports: {} as unknown };
  factory(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
