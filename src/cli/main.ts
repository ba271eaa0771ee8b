import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { LintOptionsCache } from '../config/lint-options.js';
import { checkCliRules, ConfigResolver } from '../config/resolve.js';
import { ConfigError } from '../engine/settings.js';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { applyBaseline, BaselineError, buildBaseline, readBaseline, writeBaseline } from './baseline.js';
import { fixFile, fixText, writeFixed } from './fix.js';
import { formatResults, needsSource } from './format.js';
import { expandInputs } from './inputs.js';
import { lintFile, lintSource, MAX_KEPT_LINES, type FileResult, type LintFileOptions } from './lint-file.js';
import { lintInWorkers, WorkerFailure, workerCount } from './pool.js';
import { createProgress } from './progress.js';
import { formatRulesText, listRules } from './rules-list.js';

export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, for `--stdin`. */
  readStdin?: () => Promise<string>;
  env?: NodeJS.ProcessEnv;
}

const defaultIo: CliIo = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, readStdin: readProcessStdin, env: process.env };

/**
 * Runs the CLI and returns the exit code: 0 no errors (and warnings within --max-warnings),
 * 1 errors or too many warnings, 2 usage, config or fatal error (message on stderr).
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    // The language server owns stdin/stdout; loaded only when asked for, so linting never pays for it.
    if (argv[0] === 'lsp') return await (await import('../lsp/run.js')).runLanguageServer(argv.slice(1), io);
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, USAGE + '\n', 0);
    if (options.version) return write(io.stdout, packageVersion() + '\n', 0);
    if (options.command === 'rules') {
      const rules = listRules();
      return write(io.stdout, options.format === 'json' ? JSON.stringify(rules, null, 2) + '\n' : formatRulesText(rules), 0);
    }
    checkCliRules(options.rules);
    const resolver = new ConfigResolver(io.cwd, { ...(options.api ? { api: options.api } : {}), ...(options.preset ? { preset: options.preset } : {}), rules: options.rules }, options.config);
    if (options.printConfig !== undefined) {
      // Show the defaults that apply too: a newcomer should see that `recommended` and `auto` are in force.
      const effective = { api: 'auto', preset: 'recommended', ...resolver.effectiveFor(options.printConfig) };
      return write(io.stdout, JSON.stringify(effective, null, 2) + '\n', 0);
    }
    return await run(options, resolver, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function run(options: CliOptions, resolver: ConfigResolver, io: CliIo): Promise<number> {
  const baselineCommand = options.command === 'baseline-create' || options.command === 'baseline-prune';
  const how: LintFileOptions = { keepSource: needsSource(options.format) && !baselineCommand, hashValues: options.baseline !== undefined };
  const cache = new LintOptionsCache();
  const fixing = options.fix || options.fixDryRun;
  let results: FileResult[];
  let fixedCount = 0;
  const changedFiles: string[] = [];

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>.json';
    const text = await (io.readStdin ?? readProcessStdin)();
    const lintOptions = cache.get(resolver.effectiveFor(name));
    const displayPath = options.stdinFilename ?? '<stdin>';
    if (fixing) {
      const outcome = fixText(text, name, lintOptions, how);
      results = [{ ...outcome.result, filePath: displayPath }];
      fixedCount = outcome.fixed;
    } else {
      results = [{ ...lintSource(text, name, lintOptions, how), filePath: displayPath }];
    }
  } else {
    const { files, ignoredExplicitly } = await expandInputs(options.patterns, io.cwd, { ignorePatterns: options.ignorePatterns, isIgnored: (file) => resolver.isIgnored(file) });
    for (const file of ignoredExplicitly) io.stderr.write(`reqlint: warning: ${file} is ignored by an ignore pattern and was not linted.\n`);
    const progress = createProgress(files.length, io.stderr, io.env ?? process.env);
    const workers = fixing ? 0 : workerCount(files.length, options.concurrency);
    if (workers > 0) {
      const jobs = files.map((file) => ({ absolutePath: resolve(io.cwd, file), displayPath: file, effective: resolver.effectiveFor(file) }));
      results = await lintInWorkers(jobs, how, workers, (done) => progress.update(done));
    } else {
      results = [];
      for (const file of files) {
        const absolute = resolve(io.cwd, file);
        const lintOptions = cache.get(resolver.effectiveFor(file));
        if (fixing) {
          const outcome = await fixFile(absolute, file, lintOptions, how);
          fixedCount += outcome.fixed;
          if (outcome.notice) io.stderr.write(`reqlint: ${outcome.notice}\n`);
          if (outcome.result.output !== undefined) {
            changedFiles.push(file);
            if (options.fix) {
              const refused = await writeFixed(absolute, outcome.result.output, outcome);
              if (refused !== undefined) {
                io.stderr.write(`reqlint: ${file} was not fixed: ${refused}.\n`);
                changedFiles.pop();
              }
            }
          }
          results.push(outcome.result);
        } else {
          results.push(await lintFile(absolute, file, lintOptions, how));
        }
        progress.update(results.length);
      }
    }
    progress.finish();
  }

  if (options.fix) io.stderr.write(`reqlint: fixed ${fixedCount} problem${fixedCount === 1 ? '' : 's'} in ${changedFiles.length} file${changedFiles.length === 1 ? '' : 's'}.\n`);
  if (options.fixDryRun && fixedCount > 0) io.stderr.write(`reqlint: --fix-dry-run: ${fixedCount} fix${fixedCount === 1 ? '' : 'es'} would change ${changedFiles.length || results.filter((r) => r.output !== undefined).length} file(s); nothing was written.\n`);

  if (baselineCommand) {
    const path = resolve(io.cwd, options.baseline!);
    const previous = options.command === 'baseline-prune' ? readBaseline(path) : undefined;
    const baseline = buildBaseline(results, path, io.cwd, previous);
    await writeBaseline(path, baseline);
    const total = baseline.entries.reduce((sum, e) => sum + e.count, 0);
    const dropped = previous === undefined ? 0 : previous.entries.reduce((sum, e) => sum + e.count, 0) - total;
    io.stderr.write(`reqlint: wrote ${options.baseline} with ${total} known problem${total === 1 ? '' : 's'}${previous ? ` (${dropped} no longer found, removed)` : ''}.\n`);
    return 0;
  }
  if (options.baseline !== undefined) {
    const applied = applyBaseline(results, readBaseline(resolve(io.cwd, options.baseline)), resolve(io.cwd, options.baseline), io.cwd);
    results = applied.results;
    if (applied.suppressed > 0) io.stderr.write(`reqlint: ${applied.suppressed} known problem${applied.suppressed === 1 ? ' is' : 's are'} accepted by the baseline ${options.baseline}.\n`);
  }

  const errors = count(results, 'error');
  // Counted before --quiet drops them, as ESLint 8 did: --quiet hides warnings, it does not excuse them.
  const warnings = count(results, 'warning');
  // Memory stays bounded on huge JSONL files by keeping only the first lines with findings; say so
  // rather than let code frames and SARIF fixes stop without a word.
  for (const result of results) {
    if (result.linesNotKept) io.stderr.write(`reqlint: ${result.filePath}: only the first ${MAX_KEPT_LINES} lines with findings get code frames and SARIF fixes; ${result.linesNotKept} more lines are reported without them.\n`);
  }
  if (options.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));

  const report = formatResults(options.format, results, { version: packageVersion(), cwd: io.cwd, tty: options.outputFile === undefined && io.stdout.isTTY === true, fixHint: !fixing });
  if (options.outputFile !== undefined) {
    const target = resolve(io.cwd, options.outputFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, report);
  } else {
    io.stdout.write(report);
  }

  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`reqlint found too many warnings (maximum: ${options.maxWarnings}, found: ${warnings}).\n`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function count(results: readonly FileResult[], severity: string): number {
  return results.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === severity).length, 0);
}

function write(stream: { write(text: string): unknown }, text: string, code: number): number {
  stream.write(text);
  return code;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied (check the file\'s permissions)',
  EPERM: 'operation not permitted (check the file\'s permissions)',
  EISDIR: 'it is a directory, not a file',
};

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError) {
    // The one line that says what is wrong stays last on the screen; the full usage is a flag away.
    io.stderr.write(`reqlint: ${error.message}\n${error instanceof UsageError ? 'Run `reqlint --help` for usage.\n' : ''}`);
    return 2;
  }
  const nodeError = (error instanceof WorkerFailure ? error.error : error) as { code?: string; path?: string; syscall?: string; message?: string };
  if (nodeError?.code === 'ENOENT' || nodeError?.code === 'EACCES' || nodeError?.code === 'EISDIR' || nodeError?.code === 'EPERM') {
    const path = nodeError.path === undefined ? 'a file' : relative(io.cwd, nodeError.path) || nodeError.path;
    io.stderr.write(`reqlint: cannot ${nodeError.syscall === 'rename' || nodeError.syscall === 'write' ? 'write' : 'read'} ${path}: ${FILE_ERRORS[nodeError.code] ?? nodeError.code}.\n`);
    return 2;
  }
  io.stderr.write(`reqlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
