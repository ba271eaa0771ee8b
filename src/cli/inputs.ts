import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { picomatch, tinyglobby } from './lazy-deps.js';
import { UsageError } from './args.js';

/** File types reqlint lints when it walks a directory. */
export const LINTABLE_EXTENSIONS = ['json', 'jsonc', 'jsonl', 'yaml', 'yml'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];
/** reqlint's own config files are not request fixtures, even when a directory walk meets them. */
const CONFIG_FILES = ['**/reqlint.config.*', '**/.reqlintrc*'];

export interface InputFilter {
  /** `--ignore-pattern` globs, relative to the working directory. */
  ignorePatterns: readonly string[];
  /** Config `ignorePatterns` (each relative to its config file) and `.reqlintignore`. */
  isIgnored(file: string): boolean;
  /** `false` with `--no-error-on-unmatched-pattern`: a pattern that matches nothing is skipped. */
  errorOnUnmatchedPattern?: boolean;
}

export interface ExpandedInputs {
  files: string[];
  /** The files a directory or glob found, not named on the command line: only these may be skipped as no requests. */
  found: ReadonlySet<string>;
  /** Files named on the command line that an ignore pattern excludes (ESLint warns about these). */
  ignoredExplicitly: string[];
}

/**
 * Expands the command line's files, directories and globs into a sorted, de-duplicated file list.
 * A named file is linted whatever its extension; directories and globs pick lintable extensions.
 * A pattern that matches nothing is a usage error, as in ESLint, so typos do not pass CI silently.
 */
export async function expandInputs(
  patterns: readonly string[],
  cwd: string,
  filter: InputFilter = { ignorePatterns: [], isIgnored: () => false },
): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const named = new Set<string>();
  const ignoredExplicitly: string[] = [];
  const cliIgnored = filter.ignorePatterns.length > 0 ? picomatch()([...filter.ignorePatterns], { dot: true }) : () => false;
  const ignored = (file: string) => cliIgnored(file.replace(/^\.\//, '')) || filter.isIgnored(file);
  for (const pattern of patterns) {
    const { matched, explicit } = await expandOne(pattern, cwd, filter.ignorePatterns);
    if (matched.length === 0) {
      if (filter.errorOnUnmatchedPattern === false) continue;
      throw new UsageError(whyNothingMatched(pattern, cwd));
    }
    const kept = matched.filter((file) => !ignored(file));
    if (explicit && kept.length === 0) ignoredExplicitly.push(pattern);
    else if (kept.length === 0 && filter.errorOnUnmatchedPattern !== false)
      throw new UsageError(`All files matching "${pattern}" are ignored by ignore patterns.`);
    for (const file of kept) files.add(file);
    if (explicit) for (const file of kept) named.add(file);
  }
  const unique = oncePerRealFile([...files].sort(), cwd);
  return { files: unique, found: new Set(unique.filter((file) => !named.has(file))), ignoredExplicitly };
}

async function expandOne(
  pattern: string,
  cwd: string,
  ignorePatterns: readonly string[],
): Promise<{ matched: string[]; explicit: boolean }> {
  const ignore = [...DEFAULT_IGNORES, ...ignorePatterns];
  const walkIgnore = [...ignore, ...CONFIG_FILES];
  // An existing file is taken as named, before the glob library is even loaded (the common
  // one-file case, e.g. an editor or pre-commit hook, pays no start-up for globbing).
  const stats = statOrUndefined(pattern, cwd);
  if (stats?.isFile()) return { matched: [pattern], explicit: true };
  const { glob, isDynamicPattern } = tinyglobby();
  if (!isDynamicPattern(pattern)) {
    if (stats?.isDirectory()) {
      const base = pattern.replace(/\/+$/, '');
      return {
        matched: await glob(`${escapeGlob(base)}/**/*.{${LINTABLE_EXTENSIONS.join(',')}}`, {
          cwd,
          ignore: walkIgnore,
          dot: false,
          followSymbolicLinks: false,
        }),
        explicit: false,
      };
    }
    return { matched: [], explicit: false };
  }
  const found = await glob(pattern, { cwd, ignore: walkIgnore, dot: false, followSymbolicLinks: false });
  return {
    matched: found.filter((file) => LINTABLE_EXTENSIONS.some((ext) => file.endsWith('.' + ext)) || !pattern.includes('*')),
    explicit: false,
  };
}

/**
 * One path per file on disk: two names of one file (a file symlink beside its target, `a/../a`)
 * would lint it twice, and with `--fix` write it twice. Directory symlinks are not followed by the
 * walk at all (a `loop -> ..` link would lead out of the named tree), as in ESLint 9.
 */
function oncePerRealFile(files: string[], cwd: string): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    let real: string;
    try {
      real = realpathSync(file.startsWith('/') ? file : `${cwd}/${file}`);
    } catch {
      return true;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/**
 * Why a pattern gave no file, in the user's terms: a path that is not there is not a glob that
 * "matched nothing", and `-` is how other tools spell standard input.
 */
function whyNothingMatched(pattern: string, cwd: string): string {
  if (pattern === '-') return 'No file named "-": to lint standard input, pass --stdin (and --stdin-filename <name> to say what it holds).';
  const stats = statOrUndefined(pattern, cwd);
  if (stats?.isDirectory() === true)
    return `"${pattern}" is a directory with no ${LINTABLE_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} files to lint.`;
  if (stats !== undefined || tinyglobby().isDynamicPattern(pattern)) return `No files matching "${pattern}" were found.`;
  // Nothing is there to read: the path itself is missing, or it is a link whose target is.
  const absolute = resolve(cwd, pattern);
  try {
    if (lstatSync(absolute).isSymbolicLink())
      return `"${pattern}" is a broken symbolic link: it points to "${readlinkSync(absolute)}", which does not exist.`;
  } catch {
    return `"${pattern}" does not exist.`;
  }
  return `No files matching "${pattern}" were found.`;
}

function statOrUndefined(path: string, cwd: string) {
  try {
    return statSync(path.startsWith('/') ? path : `${cwd}/${path}`);
  } catch {
    return undefined;
  }
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, '\\$&');
}
