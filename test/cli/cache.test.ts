import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { broken, clean, fixtureDir, parseJson, run } from './helpers.js';

const TOOL = 'tools/no-tool-choice-without-tools';

interface CacheFile {
  entries: Record<string, { content: string; config: string; result: { diagnostics: Array<{ message: string }> } }>;
}

/**
 * Whether a file was linted again is observed through the cache itself: a planted message in the
 * cached result shows up only when the result came from the cache.
 */
function plant(cachePath: string, file: string, message: string): void {
  const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
  cache.entries[file]!.result.diagnostics[0]!.message = message;
  writeFileSync(cachePath, JSON.stringify(cache));
}

const messages = async (dir: string, argv: string[] = []) => {
  const { stdout, stderr, code } = await run(['.', '--cache', '-f', 'json', ...argv], { cwd: dir });
  return { code, stderr, messages: parseJson(stdout).flatMap((r) => r.diagnostics.map((d) => (d as { message?: string }).message)) };
};

describe('--cache', () => {
  it('reuses a result while content, config and version are unchanged, and lints again when one changes', async () => {
    const dir = fixtureDir({ 'a.json': broken, 'b.json': clean });
    const cachePath = join(dir, '.reqlintcache');
    const first = await messages(dir);
    expect(first.code).toBe(1);
    expect(existsSync(cachePath)).toBe(true);

    plant(cachePath, join(dir, 'a.json'), 'from the cache');
    expect((await messages(dir)).messages).toEqual(['from the cache']);

    // Same bytes written again (a fresh checkout): still a hit, modification time is not trusted.
    writeFileSync(join(dir, 'a.json'), broken);
    expect((await messages(dir)).messages).toEqual(['from the cache']);

    // A different resolved config: linted again.
    expect((await messages(dir, ['--rule', `${TOOL}:warn`])).messages).toEqual(first.messages);

    plant(cachePath, join(dir, 'a.json'), 'from the cache');
    writeFileSync(join(dir, 'a.json'), broken.replace('"hi"', '"hello"'));
    expect((await messages(dir)).messages).toEqual(first.messages);
  });

  it('drops the entries of deleted files', async () => {
    const dir = fixtureDir({ 'a.json': broken, 'b.json': clean });
    await messages(dir);
    rmSync(join(dir, 'b.json'));
    await messages(dir);
    expect(Object.keys((JSON.parse(readFileSync(join(dir, '.reqlintcache'), 'utf8')) as CacheFile).entries)).toEqual([join(dir, 'a.json')]);
  });

  it('a corrupt cache is ignored with a notice and rewritten, never fatal', async () => {
    const dir = fixtureDir({ 'a.json': broken, 'cache/.reqlintcache': '{ "reqlintCache": 1, "entries": {' });
    const { code, stderr, messages: found } = await messages(dir, ['--cache-location', 'cache/']);
    expect(code).toBe(1);
    expect(found).toHaveLength(1);
    expect(stderr).toContain('reqlint: the cache .reqlintcache could not be read; it is ignored and will be rewritten.');
    expect(() => JSON.parse(readFileSync(join(dir, 'cache/.reqlintcache'), 'utf8')) as unknown).not.toThrow();
    expect((await messages(dir, ['--cache-location', 'cache/'])).stderr).toBe('');
  });

  it('a cache that cannot be written costs a notice, not the run', async () => {
    const dir = fixtureDir({ 'a.json': clean, blocker: 'a file where a folder should be' });
    const { code, stderr } = await messages(dir, ['--cache-location', 'blocker/cache.json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /reqlint: the cache .*blocker\/cache\.json could not be written \(E[A-Z]+\); the next run lints every file again\./,
    );
  });
});
