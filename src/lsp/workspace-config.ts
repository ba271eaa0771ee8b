import { statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { LintOptionsCache } from '../config/lint-options.js';
import { CONFIG_FILE_NAMES, ConfigFileError, ConfigResolver, hasReqlintKey } from '../config/resolve.js';
import type { LintOptions } from '../engine/lint.js';
import { defaultModelRegistry, type ModelRegistry } from '../models/registry.js';

/** What the server needs to know to lint one document, found as the CLI finds it. */
export type DocumentSettings =
  | {
      kind: 'lint';
      options: LintOptions;
      registry: ModelRegistry;
      /** The config names an `api`: every included document is a request, detected or not. */
      apiExplicit: boolean;
      /** Some reqlint config applies to the document's folder: the workspace opted in to linting it. */
      configured: boolean;
    }
  /** A config `ignorePatterns` entry, or a folder the CLI never walks (node_modules, .git). */
  | { kind: 'ignored' }
  /**
   * The document is a reqlint config: checked as a config, not linted as a request. `wholeFile`: the
   * file is reqlint's (`reqlint.config.json`...); not for package.json, where only the `reqlint` key
   * is, and the rest is npm's (and its tooling's to complete).
   */
  | { kind: 'config'; wholeFile: boolean }
  /** A config that applies is broken: the document cannot be linted until it is mended. */
  | { kind: 'config-error'; message: string };

/** What is wrong with a config file, and where in it (1-based line and column), when that is known. */
export interface ConfigProblem {
  message: string;
  position?: { line: number; column: number };
}

/** npm's manifest, which is also a reqlint config when it has a `reqlint` key (docs/configuration.md). */
const PACKAGE_JSON = 'package.json';

/**
 * The files whose change may change a document's config: the config file names, and package.json,
 * whose `reqlint` key is a config. What the server asks the client to watch.
 */
export const CONFIG_SOURCE_NAMES: readonly string[] = [...CONFIG_FILE_NAMES, PACKAGE_JSON];

/** The folders the CLI skips whatever the config says (`inputs.ts` DEFAULT_IGNORES). */
const ALWAYS_IGNORED = ['node_modules', '.git'];

/**
 * One `ConfigResolver` per workspace folder (multi-root workspaces each use their own config),
 * created on first use and dropped when any config file changes, so edits to a config apply to the
 * open documents at once. A document outside every folder resolves from its own directory, as
 * `reqlint <file>` run there would.
 */
export class WorkspaceConfigs {
  private folders: string[] = [];
  private order: string[] = [];
  private resolvers = new Map<string, ConfigResolver>();
  /**
   * Kept across `invalidate()`: an effective config that did not change maps to the same options
   * object, so a big JSONL document keeps its per-line results when an unrelated config is saved.
   */
  private readonly optionsCache = new LintOptionsCache();
  /** Per folder of a linted document: what its configs looked like on disk when they were read. */
  private stamps = new Map<string, string>();
  /** Per open package.json: whether it has a `reqlint` key, and the document version it was read for. */
  private readonly packageJsonKeys = new Map<string, { version: number; holdsConfig: boolean }>();

  setFolders(folders: readonly string[]): void {
    // Longest first, so a nested folder wins over the folder that contains it.
    this.order = [...folders];
    this.folders = [...folders].sort((a, b) => b.length - a.length);
    this.invalidate();
  }

  /** Forgets every loaded config (a config file changed on disk). */
  invalidate(): void {
    this.resolvers.clear();
    this.stamps.clear();
    this.packageJsonKeys.clear();
  }

  /**
   * Whether the configs a document's folder was linted with changed on disk since they were read:
   * for clients that do not report file changes (Neovim 0.7 has no `didChangeWatchedFiles`), a
   * config edited outside the editor would otherwise stay cached until a restart. It costs a few
   * `stat` calls per folder level (see `stampOf`), once per lint pass.
   */
  changedOnDisk(filePath: string): boolean {
    const before = this.stamps.get(dirname(filePath));
    return before !== undefined && before !== this.stampOf(filePath);
  }

  /**
   * The modification times and sizes of the files that decide the configs of `dir`: every config
   * file name and package.json in each folder the cascade reads (one created, deleted, renamed or
   * edited in place; an `extends` target is not followed: saving the config that extends it, or any
   * change the client reports, re-reads it). Other files in those folders do
   * not count, so an editor's atomic save of a request file changes nothing here. The walk stops
   * where the cascade does: at a `"root": true` config, or the filesystem root.
   */
  private stampOf(filePath: string): string {
    const dir = dirname(filePath);
    const resolver = this.resolvers.get(this.folderOf(filePath));
    let chain: ReturnType<ConfigResolver['chainFor']> = [];
    try {
      chain = resolver?.chainFor(dir) ?? [];
    } catch {
      // A config that no longer loads: the files' times below still tell the change.
    }
    const top = chain[0]?.config.root === true ? chain[0].dir : undefined;
    const parts: string[] = [];
    for (let current = dir; ; current = dirname(current)) {
      for (const name of CONFIG_SOURCE_NAMES) parts.push(statStamp(join(current, name)));
      if (current === top || dirname(current) === current) break;
    }
    return parts.join('|');
  }

  /** The first workspace folder the client named (where unsaved buffers are linted as if they were). */
  firstFolder(): string | undefined {
    return this.order[0];
  }

  /** The folder a file belongs to (the resolver's working directory), or its own directory. */
  folderOf(filePath: string): string {
    return (
      this.folders.find((folder) => filePath === folder || filePath.startsWith(folder.endsWith(sep) ? folder : folder + sep)) ??
      dirname(filePath)
    );
  }

  /** The settings of the document at `filePath`, in its version `documentVersion`. */
  settingsFor(filePath: string, documentVersion: number): DocumentSettings {
    if ((CONFIG_FILE_NAMES as readonly string[]).includes(basename(filePath))) return { kind: 'config', wholeFile: true };
    if (this.packageJsonHoldsConfig(filePath, documentVersion)) return { kind: 'config', wholeFile: false };
    if (filePath.split(sep).some((segment) => ALWAYS_IGNORED.includes(segment))) return { kind: 'ignored' };
    const cwd = this.folderOf(filePath);
    try {
      let resolver = this.resolvers.get(cwd);
      if (resolver === undefined) {
        resolver = new ConfigResolver(cwd);
        this.resolvers.set(cwd, resolver);
      }
      // Before anything can throw: a broken or ignoring config is watched for its fix like any other.
      if (!this.stamps.has(dirname(filePath))) this.stamps.set(dirname(filePath), this.stampOf(filePath));
      if (resolver.isIgnored(filePath)) return { kind: 'ignored' };
      const effective = resolver.effectiveFor(filePath);
      const options = this.optionsCache.get(effective);
      return {
        kind: 'lint',
        options,
        registry: options.registry ?? defaultModelRegistry,
        apiExplicit: effective.api !== undefined && effective.api !== 'auto',
        configured: resolver.chainFor(dirname(filePath)).length > 0,
      };
    } catch (error) {
      return { kind: 'config-error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Whether the document is a package.json with a `reqlint` key (as saved on disk, which is what the
   * CLI reads). Every lint pass, hover, completion and code action asks, so the file is read once per
   * version of the document, and again after any config change (`invalidate`: saving the file, or
   * the client reporting that it changed on disk).
   */
  private packageJsonHoldsConfig(filePath: string, documentVersion: number): boolean {
    if (basename(filePath) !== PACKAGE_JSON) return false;
    const known = this.packageJsonKeys.get(filePath);
    if (known !== undefined && known.version === documentVersion) return known.holdsConfig;
    const holdsConfig = hasReqlintKey(filePath);
    this.packageJsonKeys.set(filePath, { version: documentVersion, holdsConfig });
    return holdsConfig;
  }

  /**
   * Checks a config file as the CLI's `--config` would load it; the problem, if any, with where it
   * is when it is in this file (a problem in a file it `extends` names that file in its message).
   */
  static check(configPath: string): ConfigProblem | undefined {
    try {
      new ConfigResolver(dirname(configPath), {}, configPath);
      return undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const inThisFile = error instanceof ConfigFileError && resolve(dirname(configPath), error.file) === configPath;
      return inThisFile && error.position !== undefined ? { message, position: error.position } : { message };
    }
  }
}

/** A file's modification time and size, or that it is absent. */
function statStamp(path: string): string {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.mtimeNs}:${stat.size}`;
  } catch {
    return '-';
  }
}
