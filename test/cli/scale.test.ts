import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintInWorkers, PARALLEL_THRESHOLD, workerCount } from '../../src/cli/pool.js';
import { broken, clean, fixtureDir, run } from './helpers.js';

function tree(count: number): string {
  return fixtureDir(
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`fx/${String(i).padStart(3, '0')}.json`, i % 5 === 0 ? broken : clean])),
  );
}

describe('progress on stderr', () => {
  it('shows a progress line in a terminal for long runs, and clears it', async () => {
    const { stderr, stdout } = await run(['fx', '-f', 'json'], { cwd: tree(120), stderrTTY: true, env: {} });
    expect(stderr).toContain('\rreqlint: 120/120 files (100%)');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(stdout).not.toContain('\r');
  });

  it('stays silent in CI and when stderr is not a terminal', async () => {
    const dir = tree(120);
    expect((await run(['fx'], { cwd: dir, stderrTTY: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await run(['fx'], { cwd: dir, stderrTTY: false, env: {} })).stderr).toBe('');
  });
});

/**
 * The pool's mechanics (batching, result order, error propagation) with a stand-in worker: real
 * workers run compiled code, which tests do not build. `npm run bench:cli` checks on 10,000 files that
 * the built CLI reports the same with and without workers.
 */
describe('worker pool', () => {
  const fakeWorker = join(
    fixtureDir({
      'worker.mjs': `
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', ({ id, jobs }) => parentPort.postMessage({ id, outcomes: jobs.map((job) =>
      job.displayPath.includes('unreadable') ? { ok: false, error: { message: 'no', code: 'EACCES', path: job.displayPath } }
        : { ok: true, result: { filePath: job.displayPath, diagnostics: [] } }) }));
  `,
    }),
    'worker.mjs',
  );
  const jobs = (names: string[]) =>
    names.map((name) => ({ absolutePath: name, displayPath: name, effective: { rules: {}, models: { aliases: {}, custom: [] } } }));
  const how = { keepSource: false, hashValues: false };

  it('returns results in input order across workers and batches, reporting progress', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `f${i}.json`);
    const progress: number[] = [];
    const results = await lintInWorkers(jobs(names), how, 3, (done) => progress.push(done), fakeWorker);
    expect(results.map((r) => r.filePath)).toEqual(names);
    expect(progress.at(-1)).toBe(100);
  });

  it("reports a file error a worker meets as that file's failure and goes on with the others", async () => {
    const results = await lintInWorkers(jobs(['a.json', 'unreadable.json']), how, 2, () => undefined, fakeWorker);
    expect(results[0]).toMatchObject({ filePath: 'a.json' });
    expect(results[0]!.failure).toBeUndefined();
    expect(results[1]).toMatchObject({ filePath: 'unreadable.json', failure: { code: 'EACCES', path: 'unreadable.json' } });
  });

  it('is not used for small runs', () => {
    expect(workerCount(PARALLEL_THRESHOLD - 1, undefined)).toBe(0);
  });

  it('says so when --concurrency asks for workers that cannot start, and lints in this thread', async () => {
    // From the TypeScript sources there is no compiled worker (the built CLI's is checked by scripts/check-package.mjs).
    const { stderr, stdout, code } = await run(['--concurrency', '2', '-f', 'json', 'fx'], { cwd: tree(3), env: {} });
    expect(stderr).toContain('reqlint: warning: --concurrency 2: no compiled worker beside the CLI');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(3);
  });
});
