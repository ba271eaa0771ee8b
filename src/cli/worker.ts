import { parentPort } from 'node:worker_threads';
import { LintOptionsCache } from '../config/lint-options.js';
import { lintFile } from './lint-file.js';
import type { JobOutcome, WorkerReply, WorkerRequest } from './worker-protocol.js';

/** A lint worker: receives batches of files with their effective configs, answers with results. */
const cache = new LintOptionsCache();

parentPort?.on('message', async (request: WorkerRequest) => {
  const outcomes: JobOutcome[] = [];
  for (const job of request.jobs) {
    try {
      outcomes.push({ ok: true, result: await lintFile(job.absolutePath, job.displayPath, cache.get(job.effective), request.how) });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      outcomes.push({
        ok: false,
        error: { message: e?.message ?? String(error), ...(e?.code ? { code: e.code } : {}), ...(e?.path ? { path: e.path } : {}) },
      });
    }
  }
  const reply: WorkerReply = { id: request.id, outcomes };
  parentPort!.postMessage(reply);
});
