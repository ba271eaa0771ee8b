import type { EffectiveConfig } from '../config/types.js';
import type { FileResult, LintFileOptions } from './lint-file.js';

/** One file to lint in a worker; the effective config is plain JSON, so it crosses threads. */
export interface FileJob {
  absolutePath: string;
  displayPath: string;
  effective: EffectiveConfig;
}

export interface WorkerRequest {
  id: number;
  jobs: FileJob[];
  how: LintFileOptions;
}

export type JobOutcome = { ok: true; result: FileResult } | { ok: false; error: { message: string; code?: string; path?: string } };

export interface WorkerReply {
  id: number;
  outcomes: JobOutcome[];
}
