import { statSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './args.js';

/** File types reqlint lints when it walks a directory. */
export const LINTABLE_EXTENSIONS = ['json', 'jsonc', 'jsonl'];
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command line's files, directories and globs into a sorted, de-duplicated file list.
 * A named file is linted whatever its extension; directories and globs pick lintable extensions.
 * A pattern that matches nothing is a usage error, as in ESLint, so typos do not pass CI silently.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matched = await expandOne(pattern, cwd);
    if (matched.length === 0) throw new UsageError(`No files matching "${pattern}" were found.`);
    for (const file of matched) files.add(file);
  }
  return [...files].sort();
}

async function expandOne(pattern: string, cwd: string): Promise<string[]> {
  if (!isDynamicPattern(pattern)) {
    const stats = statOrUndefined(pattern, cwd);
    if (stats?.isFile()) return [pattern];
    if (stats?.isDirectory()) {
      const base = pattern.replace(/\/+$/, '');
      return glob(`${escapeGlob(base)}/**/*.{${LINTABLE_EXTENSIONS.join(',')}}`, { cwd, ignore: DEFAULT_IGNORES, dot: false });
    }
    return [];
  }
  const found = await glob(pattern, { cwd, ignore: DEFAULT_IGNORES, dot: false });
  return found.filter((file) => LINTABLE_EXTENSIONS.some((ext) => file.endsWith('.' + ext)) || !pattern.includes('*'));
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
