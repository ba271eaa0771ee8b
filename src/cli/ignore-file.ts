import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type ignoreFactory from 'ignore';
import { UsageError } from './args.js';

/** The ignore file reqlint reads from the working directory, as ESLint read `.eslintignore`. */
export const IGNORE_FILE_NAME = '.reqlintignore';

/**
 * A `.reqlintignore` (or `--ignore-path` file) with gitignore semantics, from the `ignore` package
 * that ESLint uses too: `#` comments, `!` negation, `dir/` for directories, patterns relative to the
 * ignore file's folder. Returns `undefined` when there is no such file and none was asked for.
 */
export function loadIgnoreFile(cwd: string, explicitPath: string | undefined): ((file: string) => boolean) | undefined {
  const path = resolve(cwd, explicitPath ?? IGNORE_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (explicitPath === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(
      `--ignore-path ${explicitPath ?? path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  // Loaded only when an ignore file exists: most runs never pay for it.
  const ignore = createRequire(import.meta.url)('ignore') as typeof ignoreFactory;
  const matcher = ignore().add(text);
  const base = dirname(path);
  return (file) => {
    const local = relative(base, resolve(cwd, file));
    // Files outside the ignore file's folder are not its business (and `ignore` rejects `../` paths).
    if (local === '' || local.startsWith('..') || isAbsolute(local)) return false;
    return matcher.ignores(local.split(sep).join('/'));
  };
}
