#!/usr/bin/env node
import { runLanguageServer } from './run.js';

// `reqlint-language-server` with no arguments is what most editor configs call: stdio is the default.
const args = process.argv.slice(2);
process.exitCode = await runLanguageServer(args.length === 0 ? ['--stdio'] : args);
