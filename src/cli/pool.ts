import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult, LintFileOptions } from './lint-file.js';
import type { FileJob, JobOutcome, WorkerReply, WorkerRequest } from './worker-protocol.js';

/** Below this many files, starting workers (~50 ms each, loading rules and schemas) costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;
const MAX_WORKERS = 8;
/** Files per message: fewer round trips, while still spreading work evenly. */
const BATCH = 16;

/**
 * The compiled worker: beside this module when it is compiled (`dist/src/cli/`), in `cli/` when it
 * is a chunk of the published bundle (`dist/`); running from TypeScript sources (tests) there is none.
 */
const workerPath = ['./worker.js', './cli/worker.js'].map((path) => fileURLToPath(new URL(path, import.meta.url))).find(existsSync);

/** Whether worker threads can be started at all (a compiled worker exists). */
export function workersAvailable(): boolean {
  return workerPath !== undefined;
}

/** The number of workers to use, or 0 to lint in this thread. */
export function workerCount(files: number, requested: number | undefined): number {
  if (workerPath === undefined) return 0;
  if (requested !== undefined) return Math.min(requested, files);
  if (files < PARALLEL_THRESHOLD) return 0;
  // One worker beside an idle main thread is slower than no worker: parallelism starts at two.
  const count = Math.min(MAX_WORKERS, availableParallelism() - 1);
  return count >= 2 ? count : 0;
}

export class WorkerFailure extends Error {
  constructor(readonly error: { message: string; code?: string; path?: string }) {
    super(error.message);
  }
}

/**
 * Lints files on `count` worker threads; results come back in the order of `jobs`.
 * `onDone` is called as files finish (for the progress indicator).
 */
export async function lintInWorkers(
  jobs: readonly FileJob[],
  how: LintFileOptions,
  count: number,
  onDone: (done: number) => void,
  script: string | undefined = workerPath,
): Promise<FileResult[]> {
  // Callers ask `workerCount` first, which is 0 without a compiled worker.
  if (script === undefined) throw new Error('reqlint: no compiled worker to start');
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  let failure: Error | undefined;
  const workers = Array.from({ length: count }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let batchStart = 0;
            const send = () => {
              if (next >= jobs.length || failure !== undefined) return resolve();
              batchStart = next;
              const request: WorkerRequest = { id: batchStart, jobs: jobs.slice(next, next + BATCH), how };
              next += request.jobs.length;
              worker.postMessage(request);
            };
            worker.on('message', (reply: WorkerReply) => {
              reply.outcomes.forEach((outcome: JobOutcome, i) => {
                if (outcome.ok) results[batchStart + i] = outcome.result;
                // A file that cannot be read is that file's failure: reported, and the run goes on.
                else if (outcome.error.code !== undefined)
                  results[batchStart + i] = { filePath: jobs[batchStart + i]!.displayPath, diagnostics: [], failure: outcome.error };
                else failure ??= new WorkerFailure(outcome.error);
              });
              done += reply.outcomes.length;
              onDone(done);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure !== undefined) throw failure;
  return results;
}
