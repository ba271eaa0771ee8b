import { createRequire } from 'node:module';
import { ConfigError } from '../engine/settings.js';
import type { LintOptions } from '../engine/lint.js';
import { parseCliArgs, USAGE, UsageError } from './args.js';
import { colorsEnabled, palette } from './formatters/colors.js';
import { formatJson } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';
import { expandInputs } from './inputs.js';
import { lintFile, type FileResult } from './lint-file.js';

export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

const defaultIo: CliIo = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };

/** Runs the CLI and returns the exit code: 0 clean, 1 errors found, 2 usage or fatal error. */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    if (options.version) {
      io.stdout.write(packageVersion() + '\n');
      return 0;
    }
    const files = await expandInputs(options.patterns, io.cwd);
    const lintOptions: LintOptions = { api: options.api };
    const results: FileResult[] = [];
    for (const file of files) results.push(await lintFile(resolvePath(io.cwd, file), lintOptions).then((r) => ({ ...r, filePath: file })));
    const output = options.format === 'json' ? formatJson(results) : formatStylish(results, palette(colorsEnabled(io.stdout)));
    io.stdout.write(output);
    return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`reqlint: ${error.message}\n\n${error instanceof UsageError ? USAGE + '\n' : ''}`);
      return 2;
    }
    const nodeError = error as NodeJS.ErrnoException;
    if (nodeError?.code === 'ENOENT' || nodeError?.code === 'EACCES' || nodeError?.code === 'EISDIR') {
      io.stderr.write(`reqlint: cannot read ${nodeError.path ?? 'a file'}: ${nodeError.code}\n`);
      return 2;
    }
    io.stderr.write(`reqlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

function resolvePath(cwd: string, file: string): string {
  return file.startsWith('/') ? file : `${cwd}/${file}`;
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      return (require(candidate) as { version: string }).version;
    } catch {
      // The compiled CLI sits one level deeper (dist/src/cli) than the source (src/cli).
    }
  }
  return 'unknown';
}
