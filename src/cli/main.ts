import { isUtf8 } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { packageVersion } from '../package-version.js';
import { dirname, relative, resolve } from 'node:path';
import { directiveSettingsFor, LintOptionsCache } from '../config/lint-options.js';
import { checkCliRules, ConfigResolver } from '../config/resolve.js';
import type { EffectiveConfig } from '../config/types.js';
import { ConfigError } from '../engine/settings.js';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { applyBaseline, BaselineError, buildBaseline, readBaseline, writeBaseline } from './baseline.js';
import { fixFile, fixText, writeFixed, type FixFs, type WriteRefusal } from './fix.js';
import { formatResults, needsSource } from './format.js';
import { colorsEnabled } from './formatters/colors.js';
import { loadIgnoreFile } from './ignore-file.js';
import { writeStarterConfig } from './init.js';
import { expandInputs } from './inputs.js';
import { LintCache, lintWithCache } from './lint-cache.js';
import { lintFile, lintSource, MAX_KEPT_LINES, stripBom, type FileResult, type LintFileOptions } from './lint-file.js';
import { lintInWorkers, WorkerFailure, workerCount, workersAvailable } from './pool.js';
import { printRequest } from './print-request.js';
import { createProgress } from './progress.js';
import { formatRulesText, listRules } from './rules-list.js';
import { runExplain } from './explain.js';
import { decodeFile } from './utf8.js';

export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, for `--stdin`: its bytes (checked for UTF-8, as files are), or text already decoded. */
  readStdin?: () => Promise<string | Buffer>;
  /** Replacements for the file operations of `--fix`: tests inject disk faults and concurrent edits. */
  fixFs?: Partial<FixFs>;
  env?: NodeJS.ProcessEnv;
}

const defaultIo: CliIo = {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: readProcessStdin,
  env: process.env,
};

/**
 * Runs the CLI and returns the exit code: 0 no errors (and warnings within --max-warnings),
 * 1 errors or too many warnings, 2 usage, config or fatal error (message on stderr).
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    if (argv[0] === 'explain') return await runExplain(argv.slice(1), io, io.readStdin ?? readProcessStdin);
    // The language server owns stdin/stdout; loaded only when asked for, so linting never pays for it.
    if (argv[0] === 'lsp') return await (await import('../lsp/run.js')).runLanguageServer(argv.slice(1), io);
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, USAGE + '\n', 0);
    if (options.version) return write(io.stdout, packageVersion() + '\n', 0);
    if (options.command === 'rules') {
      const rules = listRules();
      return write(io.stdout, options.format === 'json' ? JSON.stringify(rules, null, 2) + '\n' : formatRulesText(rules), 0);
    }
    if (options.init) return writeStarterConfig(io.cwd, io.stderr);
    checkCliRules(options.rules);
    const cliSettings = {
      ...(options.api ? { api: options.api } : {}),
      ...(options.preset ? { preset: options.preset } : {}),
      rules: options.rules,
      ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
    };
    const resolver = new ConfigResolver(io.cwd, cliSettings, options.config, (message) =>
      io.stderr.write(`reqlint: warning: ${message}\n`),
    );
    if (options.printConfig !== undefined)
      return write(io.stdout, JSON.stringify(printableConfig(resolver.effectiveFor(options.printConfig)), null, 2) + '\n', 0);
    if (options.printRequest !== undefined)
      return write(io.stdout, await printRequest(options.printRequest, io.cwd, resolver.effectiveFor(options.printRequest).api), 0);
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
  let fileFailures = 0;
  const changedFiles: string[] = [];

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>.json';
    const input = await (io.readStdin ?? readProcessStdin)();
    // Text as it came (a BOM kept, as --fix-dry-run gives it back), unless its bytes are not UTF-8.
    const { text, invalid } =
      typeof input === 'string'
        ? { text: input, invalid: [] }
        : isUtf8(input)
          ? { text: input.toString('utf8'), invalid: [] }
          : decodeFile(input);
    const lintOptions = cache.get(resolver.effectiveFor(name));
    const displayPath = options.stdinFilename ?? '<stdin>';
    if (invalid.length > 0) {
      // As for a file: fixed text would carry U+FFFD for the bad bytes, so it is linted, not fixed.
      results = [{ ...lintSource(text, name, lintOptions, how, invalid), filePath: displayPath }];
    } else if (fixing) {
      const outcome = fixText(text, name, lintOptions, how);
      results = [{ ...outcome.result, filePath: displayPath }];
      fixedCount = outcome.fixed;
    } else {
      results = [{ ...lintSource(text, name, lintOptions, how), filePath: displayPath }];
    }
  } else {
    const ignoreFile = options.noIgnore ? undefined : loadIgnoreFile(io.cwd, options.ignorePath);
    const filter = options.noIgnore
      ? { ignorePatterns: [], isIgnored: () => false }
      : { ignorePatterns: options.ignorePatterns, isIgnored: (file: string) => ignoreFile?.(file) === true || resolver.isIgnored(file) };
    const { files, found, ignoredExplicitly } = await expandInputs(options.patterns, io.cwd, {
      ...filter,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    });
    for (const file of ignoredExplicitly)
      io.stderr.write(
        `reqlint: warning: ${file} is ignored (by .reqlintignore or an ignore pattern) and was not linted; use --no-ignore to lint it.\n`,
      );
    if ((options.concurrency ?? 0) > 0 && !workersAvailable())
      io.stderr.write(
        `reqlint: warning: --concurrency ${options.concurrency}: no compiled worker beside the CLI (dist/cli/worker.js; reinstall reqlint), so files are linted in this thread.\n`,
      );
    const progress = createProgress(files.length, io.stderr, io.env ?? process.env);
    if (options.cache && !fixing) {
      const lintCache = LintCache.open(io.cwd, options.cacheLocation, packageVersion(), (message) =>
        io.stderr.write(`reqlint: ${message}\n`),
      );
      results = await lintWithCache(files, lintCache, resolver, how, options.concurrency, io.cwd, (done) => progress.update(done));
      lintCache.save();
    } else if (!fixing && workerCount(files.length, options.concurrency) > 0) {
      const jobs = files.map((file) => ({
        absolutePath: resolve(io.cwd, file),
        displayPath: file,
        effective: resolver.effectiveFor(file),
      }));
      results = await lintInWorkers(jobs, how, workerCount(files.length, options.concurrency), (done) => progress.update(done));
      for (const failed of results.filter((r) => r.failure !== undefined)) {
        io.stderr.write(
          `reqlint: ${describeFileError(Object.assign(new Error(failed.failure!.message), failed.failure), failed.filePath, io.cwd)}\n`,
        );
        fileFailures++;
      }
      results = results.filter((r) => r.failure === undefined);
    } else {
      results = [];
      for (const file of files) {
        const absolute = resolve(io.cwd, file);
        const lintOptions = cache.get(resolver.effectiveFor(file));
        try {
          if (fixing) {
            const outcome = await fixFile(absolute, file, lintOptions, how, io.fixFs);
            // A file the walk found that holds no request is skipped below, and never rewritten.
            if (outcome.result.holdsRequests === false && found.has(file)) {
              results.push(outcome.result);
              continue;
            }
            if (outcome.notice) io.stderr.write(`reqlint: ${outcome.notice}\n`);
            // Fixes that cannot be written (not UTF-8) fail the run as a read-only file's do: exit 2.
            if (outcome.unfixable === true && options.fix) fileFailures++;
            let refused: WriteRefusal | undefined;
            if (outcome.result.output !== undefined && options.fix)
              refused = await writeFixed(absolute, outcome.result.output, outcome, file, io.fixFs);
            if (refused !== undefined) io.stderr.write(`reqlint: ${refused.message}.\n`);
            if (refused?.kind === 'changed') {
              // Another process wrote the file meanwhile: what it holds now is what the user has, and
              // its findings decide the exit code (a concurrent save is not a failure of the run).
              results.push(await lintFile(absolute, file, lintOptions, how));
            } else if (refused !== undefined) {
              // Not written, so its problems are still in it: report those, and they decide the exit code.
              results.push(lintSource(stripBom(outcome.original), file, lintOptions, how));
              fileFailures++;
            } else {
              fixedCount += outcome.fixed;
              if (outcome.result.output !== undefined) changedFiles.push(file);
              results.push(outcome.result);
            }
          } else {
            results.push(await lintFile(absolute, file, lintOptions, how));
          }
        } catch (error) {
          // One file that cannot be read or written is reported; the run goes on with the others.
          if (!isFileError(error)) throw error;
          io.stderr.write(`reqlint: ${describeFileError(error, file, io.cwd)}\n`);
          fileFailures++;
        } finally {
          progress.update(results.length);
        }
      }
    }
    progress.finish();
    results = withoutNonRequests(results, found, io.stderr);
  }

  if (options.fix)
    io.stderr.write(
      `reqlint: fixed ${fixedCount} problem${fixedCount === 1 ? '' : 's'} in ${changedFiles.length} file${changedFiles.length === 1 ? '' : 's'}.\n`,
    );
  if (options.fixDryRun && fixedCount > 0)
    io.stderr.write(
      `reqlint: --fix-dry-run: ${fixedCount} fix${fixedCount === 1 ? '' : 'es'} would change ${changedFiles.length || results.filter((r) => r.output !== undefined).length} file(s); nothing was written.\n`,
    );

  if (baselineCommand) {
    const path = resolve(io.cwd, options.baseline!);
    const previous = options.command === 'baseline-prune' ? readBaseline(path) : undefined;
    const baseline = buildBaseline(results, path, io.cwd, previous);
    await writeBaseline(path, baseline);
    const total = baseline.entries.reduce((sum, e) => sum + e.count, 0);
    const dropped = previous === undefined ? 0 : previous.entries.reduce((sum, e) => sum + e.count, 0) - total;
    io.stderr.write(
      `reqlint: wrote ${options.baseline} with ${total} known problem${total === 1 ? '' : 's'}${previous ? ` (${dropped} no longer found, removed)` : ''}.\n`,
    );
    return 0;
  }
  if (options.baseline !== undefined) {
    const applied = applyBaseline(results, readBaseline(resolve(io.cwd, options.baseline)), resolve(io.cwd, options.baseline), io.cwd);
    results = applied.results;
    if (applied.suppressed > 0)
      io.stderr.write(
        `reqlint: ${applied.suppressed} known problem${applied.suppressed === 1 ? ' is' : 's are'} accepted by the baseline ${options.baseline}.\n`,
      );
  }

  const errors = count(results, 'error');
  // Counted before --quiet drops them, as ESLint 8 did: --quiet hides warnings, it does not excuse them.
  const warnings = count(results, 'warning');
  // Memory stays bounded on huge JSONL files by keeping only the first lines with findings; say so
  // rather than let code frames and SARIF fixes stop without a word.
  for (const result of results) {
    if (result.linesNotKept)
      io.stderr.write(
        `reqlint: ${result.filePath}: only the first ${MAX_KEPT_LINES} lines with findings get code frames and SARIF fixes; ${result.linesNotKept} more lines are reported without them.\n`,
      );
  }
  if (options.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));

  const color = colorsEnabled(
    { isTTY: options.outputFile === undefined && io.stdout.isTTY === true },
    io.env ?? process.env,
    options.color,
  );
  const report = await formatResults(options.format, results, { version: packageVersion(), cwd: io.cwd, color, fixHint: !fixing });
  if (options.outputFile !== undefined) {
    const target = resolve(io.cwd, options.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, report);
    } catch (error) {
      // Not a file reqlint lints: a "cannot read" would send the user looking at the wrong thing.
      if (!isFileError(error)) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return write(io.stderr, `reqlint: cannot write the report to ${options.outputFile}: ${FILE_ERRORS[code] ?? code}.\n`, 2);
    }
  } else {
    io.stdout.write(report);
  }

  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`reqlint found too many warnings (maximum: ${options.maxWarnings}, found: ${warnings}).\n`);
  // A directive naming a rule that does not exist is a broken input, like a bad config: exit 2.
  const badDirectives = results.flatMap((r) =>
    r.diagnostics
      .filter((d) => d.ruleId === 'directive/unknown-rule')
      .map((d) => `${r.filePath}:${d.range?.start.line ?? d.line ?? 1}:${d.range?.start.column ?? 1}: ${d.message}`),
  );
  if (badDirectives.length > 0) return write(io.stderr, badDirectives.map((line) => `reqlint: ${line}\n`).join(''), 2);
  // A file that could not be read or written is a failed run, as ESLint's fatal errors are.
  if (fileFailures > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function isFileError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

function describeFileError(error: Error, file: string, cwd: string): string {
  const nodeError = error as NodeJS.ErrnoException;
  if (nodeError.code === 'ELOOP') return `cannot read ${file}: it is a symbolic link loop; it was skipped.`;
  const path = nodeError.path === undefined ? file : relative(cwd, nodeError.path) || nodeError.path;
  return `cannot read ${path}: ${FILE_ERRORS[nodeError.code ?? ''] ?? nodeError.code}; it was skipped.`;
}

/** The effective config with the defaults that apply spelled out: a newcomer sees what is in force. */
function printableConfig(effective: EffectiveConfig) {
  const directives = directiveSettingsFor(effective);
  return {
    api: 'auto',
    preset: 'recommended',
    ...effective,
    reportUnusedDisableDirectives: directives.reportUnused,
    requireDisableReason: directives.requireReason,
    noInlineConfig: directives.noInlineConfig,
  };
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
  EACCES: "permission denied (check the file's permissions)",
  EPERM: "operation not permitted (check the file's permissions)",
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a part of the path is a file, not a directory',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'an input/output error occurred',
};

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError) {
    // The one line that says what is wrong stays last on the screen; the full usage is a flag away.
    io.stderr.write(`reqlint: ${error.message}\n${error instanceof UsageError ? 'Run `reqlint --help` for usage.\n' : ''}`);
    return 2;
  }
  const nodeError = (error instanceof WorkerFailure ? error.error : error) as {
    code?: string;
    path?: string;
    syscall?: string;
    message?: string;
  };
  if (nodeError?.code === 'ENOENT' || nodeError?.code === 'EACCES' || nodeError?.code === 'EISDIR' || nodeError?.code === 'EPERM') {
    const path = nodeError.path === undefined ? 'a file' : relative(io.cwd, nodeError.path) || nodeError.path;
    io.stderr.write(
      `reqlint: cannot ${nodeError.syscall === 'rename' || nodeError.syscall === 'write' ? 'write' : 'read'} ${path}: ${FILE_ERRORS[nodeError.code] ?? nodeError.code}.\n`,
    );
    return 2;
  }
  io.stderr.write(`reqlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
}

async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A directory walk meets files that are not requests (package.json, tsconfig.json, lockfiles, compose
 * files, fine-tuning data); reporting that each "fits no API" would fail `reqlint .` in any repository.
 * They are left out, and named once on stderr; a file named on the command line is always reported.
 */
function withoutNonRequests(results: FileResult[], found: ReadonlySet<string>, stderr: { write(text: string): unknown }): FileResult[] {
  const skipped = results.filter((result) => result.holdsRequests === false && found.has(result.filePath)).map((r) => r.filePath);
  if (skipped.length === 0) return results;
  const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? `, and ${skipped.length - 5} more` : '');
  stderr.write(
    `reqlint: skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} found in the tree that ${skipped.length === 1 ? 'is not a request' : 'are not requests'}: ${shown}. A file named on the command line is always linted.\n`,
  );
  const left = new Set(skipped);
  return results.filter((result) => !left.has(result.filePath));
}
