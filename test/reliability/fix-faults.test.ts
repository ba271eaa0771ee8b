/**
 * `--fix` against what a disk and other processes do, made deterministic by injecting the fault into
 * the file operations (`CliIo.fixFs`) at the exact moment it matters: no timing, no second user.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FixFs } from '../../src/cli/fix.js';
import { broken, clean, fixtureDir, run } from '../cli/helpers.js';

interface JsonReport {
  filePath: string;
  messages?: Array<{ ruleId: string }>;
  diagnostics?: Array<{ ruleId: string }>;
}
const ruleIds = (stdout: string, file: string) => {
  const report = (JSON.parse(stdout) as JsonReport[]).find((r) => r.filePath.endsWith(file));
  return (report?.diagnostics ?? report?.messages ?? []).map((d) => d.ruleId).sort();
};

/** `readFile` as `--fix` uses it, except that the re-read before the write first finds `content` saved by "another process". */
function savedMeanwhile(content: string): Partial<FixFs> {
  let saved = false;
  const changing = async (path: Parameters<typeof readFile>[0], options?: Parameters<typeof readFile>[1]) => {
    // The fix reads bytes (no encoding); the check before the write reads text: the moment to change it.
    if (options === 'utf8' && !saved) {
      saved = true;
      writeFileSync(path as string, content);
    }
    return readFile(path, options);
  };
  return { readFile: changing as FixFs['readFile'] };
}

describe('a file changed by another process during --fix', () => {
  const stillBroken = broken.replace('"tool_choice": "none"', '"tool_choice": "none",\n  "temperature": 3');

  it('is not written; its findings as it is now are reported and decide the exit code', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const { code, stdout, stderr } = await run(['--fix', '--format', 'json', 'b.json'], { cwd: dir, fixFs: savedMeanwhile(stillBroken) });
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(stillBroken);
    expect(readdirSync(dir)).toEqual(['b.json']);
    expect(stderr).toContain('b.json was not fixed: it changed on disk while reqlint was fixing it');
    expect(stderr).toContain('fixed 0 problems in 0 files');
    // As it is now: the out-of-range temperature, and the `tool_choice` the fix would have removed.
    expect(ruleIds(stdout, 'b.json')).toEqual(['schema/range', 'tools/no-tool-choice-without-tools']);
    expect(code).toBe(1);
  });

  it('exits 0 when what the other process saved is clean', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const { code, stdout, stderr } = await run(['--fix', '--format', 'json', 'b.json'], { cwd: dir, fixFs: savedMeanwhile(clean) });
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(clean);
    expect(stderr).toContain('b.json was not fixed: it changed on disk');
    expect(ruleIds(stdout, 'b.json')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('a directory that refuses new files during --fix', () => {
  /** `writeFile` as a directory without write permission answers for a non-root user: EACCES, nothing created. */
  function lockedDirectory(dir: string): Partial<FixFs> {
    const refusing = async (path: Parameters<typeof writeFile>[0], ...rest: unknown[]) => {
      if (String(path).startsWith(join(dir, 'locked') + sep))
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
          code: 'EACCES',
          syscall: 'open',
          path: String(path),
        });
      return (writeFile as (...args: unknown[]) => Promise<void>)(path, ...rest);
    };
    return { writeFile: refusing as FixFs['writeFile'] };
  }

  it("names the user's file, leaves it and its directory as they were, reports its findings and fixes the others", async () => {
    const dir = fixtureDir({ 'locked/a.json': broken, 'open/b.json': broken });
    const { code, stdout, stderr } = await run(['--fix', '--format', 'json', 'locked/a.json', 'open/b.json'], {
      cwd: dir,
      fixFs: lockedDirectory(dir),
    });
    expect(stderr).toContain(`cannot write locked${sep}a.json: permission denied; the file was left as it was.`);
    expect(stderr).not.toMatch(/\.tmp|cannot read/);
    expect(readFileSync(join(dir, 'locked', 'a.json'), 'utf8')).toBe(broken);
    expect(readdirSync(join(dir, 'locked'))).toEqual(['a.json']);
    // The run went on: the file in the writable directory was fixed and is clean.
    expect(readFileSync(join(dir, 'open', 'b.json'), 'utf8')).not.toContain('tool_choice');
    expect(readdirSync(join(dir, 'open'))).toEqual(['b.json']);
    expect(stderr).toContain('fixed 1 problem in 1 file');
    expect(ruleIds(stdout, 'a.json')).toEqual(['tools/no-tool-choice-without-tools']);
    expect(ruleIds(stdout, 'b.json')).toEqual([]);
    expect(code).toBe(2);
  });
});
