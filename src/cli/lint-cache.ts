import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LintOptionsCache } from '../config/lint-options.js';
import type { ConfigResolver } from '../config/resolve.js';
import type { EffectiveConfig } from '../config/types.js';
import { kindOf, lintFile, stripBom, type FileResult, type LintFileOptions } from './lint-file.js';
import { lintInWorkers, workerCount } from './pool.js';

/** The default cache file, in the working directory (ESLint's is `.eslintcache`). */
export const DEFAULT_CACHE_FILE = '.reqlintcache';
const FORMAT = 1;

type CachedResult = Omit<FileResult, 'filePath' | 'source' | 'output'>;

interface CacheEntry {
  /** sha1 of the file's bytes. */
  content: string;
  /** sha1 of the reqlint version, the resolved config and what the report needs (`how`). */
  config: string;
  result: CachedResult;
}

interface CacheFile {
  reqlintCache: number;
  entries: Record<string, CacheEntry>;
}

/**
 * `--cache`: content-addressed lint results, as ESLint's `lint-result-cache` with
 * `--cache-strategy content`. A file is linted again only when its bytes, its resolved config or the
 * reqlint version changed; modification times are not trusted (a CI checkout touches every file).
 * The cache is an optimisation and never a reason to fail: a corrupt or unreadable cache file is
 * ignored and rewritten, and a cache that cannot be written costs a notice, not the run.
 */
export class LintCache {
  private readonly entries: Record<string, CacheEntry>;
  private changed = false;
  /** Files read in this run: they exist, so `save` need not check them. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly path: string,
    private readonly version: string,
    entries: Record<string, CacheEntry>,
    private readonly notice: (message: string) => void,
  ) {
    this.entries = entries;
  }

  /** `location`: `--cache-location` (a file, or a directory that gets `.reqlintcache`), relative to `cwd`. */
  static open(cwd: string, location: string | undefined, version: string, notice: (message: string) => void): LintCache {
    let path = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
    if (location !== undefined && (/[/\\]$/.test(location) || isDirectory(path))) path = join(path, DEFAULT_CACHE_FILE);
    let entries: Record<string, CacheEntry> = {};
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // No cache yet: the first run writes it.
    }
    if (text !== undefined) {
      try {
        const parsed = JSON.parse(text) as Partial<CacheFile>;
        if (parsed.reqlintCache !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null)
          throw new Error('unknown format');
        entries = parsed.entries;
      } catch {
        notice(`the cache ${basename(path)} could not be read; it is ignored and will be rewritten.`);
      }
    }
    return new LintCache(path, version, Object.assign(Object.create(null) as Record<string, CacheEntry>, entries), notice);
  }

  /** The part of a cache key that the config and the report's needs decide. */
  configKey(effective: EffectiveConfig, how: LintFileOptions): string {
    return sha1(JSON.stringify([this.version, effective, how]));
  }

  /** The cached result, if the file's content and config are unchanged; `content` is for `store`. */
  lookup(
    absolutePath: string,
    displayPath: string,
    configKey: string,
    how: LintFileOptions,
  ): { result: FileResult | undefined; content: string } {
    // Synchronous on purpose: for thousands of small files, one `readFileSync` each is several times
    // faster than the promise API's open/fstat/read/close round trips through the thread pool.
    const bytes = readFileSync(absolutePath);
    this.seen.add(absolutePath);
    const content = sha1(bytes);
    const entry = this.entries[absolutePath];
    if (entry === undefined || entry.content !== content || entry.config !== configKey || !isCachedResult(entry.result))
      return { result: undefined, content };
    const result: FileResult = { ...entry.result, filePath: displayPath };
    // JSON and YAML reports show code frames from the whole text, which is not stored: it is at hand.
    if (how.keepSource && kindOf(absolutePath) !== 'jsonl') result.source = stripBom(bytes.toString('utf8'));
    return { result, content };
  }

  store(absolutePath: string, content: string, configKey: string, result: FileResult): void {
    const { filePath: _path, source: _source, output: _output, ...kept } = result;
    this.entries[absolutePath] = { content, config: configKey, result: kept };
    this.changed = true;
  }

  /** Writes the cache atomically (temporary file, then rename), dropping entries of deleted files. */
  save(): void {
    for (const file of Object.keys(this.entries)) {
      if (!this.seen.has(file) && !exists(file)) {
        delete this.entries[file];
        this.changed = true;
      }
    }
    if (!this.changed && exists(this.path)) return;
    const temporary = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ reqlintCache: FORMAT, entries: this.entries } satisfies CacheFile));
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      this.notice(
        `the cache ${this.path} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the next run lints every file again.`,
      );
    }
  }
}

/**
 * `--cache`: hits come from the cache (read and hashed here), misses are linted as usual (on
 * workers when there are enough of them) and stored. Results keep the order of `files`.
 */
export async function lintWithCache(
  files: readonly string[],
  cache: LintCache,
  resolver: ConfigResolver,
  how: LintFileOptions,
  concurrency: number | undefined,
  cwd: string,
  onProgress: (done: number) => void,
): Promise<FileResult[]> {
  const optionsCache = new LintOptionsCache();
  const results: FileResult[] = new Array<FileResult>(files.length);
  const misses: Array<{
    index: number;
    absolutePath: string;
    displayPath: string;
    effective: EffectiveConfig;
    content: string;
    key: string;
  }> = [];
  files.forEach((file, index) => {
    const absolutePath = resolve(cwd, file);
    const effective = resolver.effectiveFor(file);
    const key = cache.configKey(effective, how);
    const { result, content } = cache.lookup(absolutePath, file, key, how);
    if (result !== undefined) results[index] = result;
    else misses.push({ index, absolutePath, displayPath: file, effective, content, key });
  });
  const workers = workerCount(misses.length, concurrency);
  const linted = workers > 0 ? await lintInWorkers(misses, how, workers, (done) => onProgress(files.length - misses.length + done)) : [];
  for (const [i, miss] of misses.entries()) {
    const result = workers > 0 ? linted[i]! : await lintFile(miss.absolutePath, miss.displayPath, optionsCache.get(miss.effective), how);
    results[miss.index] = result;
    cache.store(miss.absolutePath, miss.content, miss.key, result);
    if (workers === 0) onProgress(files.length - misses.length + i + 1);
  }
  return results;
}

function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** A hand-edited or truncated entry is a miss, not a crash. */
function isCachedResult(value: unknown): value is CachedResult {
  return typeof value === 'object' && value !== null && Array.isArray((value as CachedResult).diagnostics);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
