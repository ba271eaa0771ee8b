import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCodeCache, requireWithCodeCache } from '../../src/engine/code-cache.js';

function moduleFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reqlint-cache-')), 'validator.cjs');
  // Uses `require` and `module.exports` like ajv's standalone output does.
  writeFileSync(file, 'const path = require("node:path");\nmodule.exports = function check(x) { return typeof x === "number" && x > 1 ? path.basename(__filename) : null; };\n');
  return file;
}

describe('loading generated CommonJS through a V8 code cache', () => {
  it('gives the same exports with the cache, without it, and with a cache V8 rejects', () => {
    const file = moduleFile();
    const plain = requireWithCodeCache(file) as (x: unknown) => unknown;
    expect(plain(2)).toBe('validator.cjs');
    expect(plain(0)).toBeNull();

    const cache = createCodeCache(file, (exports) => (exports as (x: unknown) => unknown)(2));
    expect(cache.length).toBeGreaterThan(0);
    writeFileSync(`${file}.v8cache`, cache);
    const cached = requireWithCodeCache(file) as (x: unknown) => unknown;
    expect([cached(2), cached(0)]).toEqual(['validator.cjs', null]);

    writeFileSync(`${file}.v8cache`, Buffer.from('not a code cache'));
    const rejected = requireWithCodeCache(file) as (x: unknown) => unknown;
    expect([rejected(2), rejected(0)]).toEqual(['validator.cjs', null]);
  });
});
