#!/usr/bin/env node
import * as module from 'node:module';

// Node 22.1+ can keep the compiled code of the CLI on disk between runs (in the OS temp folder, keyed
// by Node version and file content), which takes about a third off a short run's start-up, as
// TypeScript's and npm's CLIs do. Older Node has no such function; `NODE_DISABLE_COMPILE_CACHE=1`
// turns it off. It must run before the CLI's code is loaded, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./main.js');

// A reader that stops early (`reqlint batch.jsonl | head`) closes the pipe. What is left to print has
// nowhere to go, which is not an error of the run: the rest of the output is dropped, and the exit
// status still says what the run found, as it would have without the pipe.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
