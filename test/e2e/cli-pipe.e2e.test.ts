import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/rule-docs.js';

const BIN = join(REPO_ROOT, 'dist', 'cli', 'bin.js');

/** A Batch file with an error on every line: far more output than a pipe holds. */
function batchFile(dir: string): string {
  const line = (i: number) =>
    JSON.stringify({
      custom_id: `r${i}`,
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'o3', messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 },
    });
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, Array.from({ length: 5000 }, (_, i) => line(i)).join('\n') + '\n');
  return file;
}

/** Runs the built CLI with its output piped to a reader that stops after the first chunk, as `| head -1` does. */
function runIntoClosingPipe(args: string[]): Promise<{ code: number | null; stderr: string; firstChunk: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, firstChunk }));
  });
}

describe('the built CLI writing into a pipe that closes early', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reqlint-pipe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([[[]], [['--format', 'json']]])('stops quietly and still exits 1 for the errors it found (%j)', async (extra) => {
    if (!existsSync(BIN)) throw new Error('dist/cli/bin.js is missing: run `npm run build` first.');
    const { code, stderr, firstChunk } = await runIntoClosingPipe([...extra, batchFile(dir)]);
    expect(firstChunk.length).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*\(node:/);
    expect(code).toBe(1);
  });
});
