import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DIRECTIVE_MARK, isCommentOnlyLine, jsoncComments } from '../directives/index.js';
import { applyFixes, applyFixesToText } from '../engine/fix/apply-fixes.js';
import { lint } from '../engine/lint.js';
import { fixJsonlLine } from './fix-jsonl-line.js';
import { kindOf, lintSource, stripBom, suppressionsFor, type FileLintOptions, type FileResult, type LintFileOptions } from './lint-file.js';

export interface FixOutcome {
  result: FileResult;
  /** How many diagnostics' fixes were applied. */
  fixed: number;
  /** Why the file was left alone although fixes applied, for stderr. */
  notice?: string;
}

/**
 * Computes the fixed text of a file: JSON/JSONC as a whole, JSONL line by line (each line keeps its
 * own formatting and line ending). YAML is not fixed: its fixes would need YAML-aware text edits.
 * The returned result holds the problems that remain after fixing, as ESLint reports them.
 */
export async function fixFile(absolutePath: string, displayPath: string, options: FileLintOptions, how: LintFileOptions): Promise<FixOutcome & { original: string; mtimeMs: number; mode: number }> {
  const [original, stats] = await Promise.all([readFile(absolutePath, 'utf8'), stat(absolutePath)]);
  return { ...fixText(original, displayPath, options, how), original, mtimeMs: stats.mtimeMs, mode: stats.mode };
}

/** The fixing itself, on text in memory (a file's content, or standard input). */
export function fixText(original: string, displayPath: string, options: FileLintOptions, how: LintFileOptions): FixOutcome {
  const kind = kindOf(displayPath);
  const bom = original.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = stripBom(original);
  let output = text;
  let fixed = 0;
  const hasDirectives = text.includes(DIRECTIVE_MARK);
  if (kind === 'json') {
    // A suppressed problem is not fixed, as in ESLint; fixes are text edits, so directive comments stay.
    const result = hasDirectives
      ? applyFixesToText(text, (current) => {
          const suppressions = suppressionsFor(displayPath, options);
          suppressions.addComments(jsoncComments(current));
          return suppressions.filter(lint(current, options).diagnostics);
        })
      : applyFixes(text, options);
    output = result.output;
    fixed = result.fixed.length;
  } else if (kind === 'jsonl') {
    const suppressions = suppressionsFor(displayPath, options);
    const rawLines = text.split('\n');
    if (hasDirectives) {
      let offset = 0;
      rawLines.forEach((raw, index) => {
        if (raw.includes(DIRECTIVE_MARK)) suppressions.addComments(jsoncComments(raw.replace(/\r$/, ''), index + 1, offset));
        offset += raw.length + 1;
      });
    }
    output = rawLines
      .map((raw, index) => {
        const cr = raw.endsWith('\r') ? '\r' : '';
        const line = cr ? raw.slice(0, -1) : raw;
        if (line.trim() === '' || (hasDirectives && isCommentOnlyLine(line))) return raw;
        const result = fixJsonlLine(line, options, (d) => !suppressions.suppresses({ ...withoutRange(d), line: index + 1 }));
        fixed += result.fixed;
        return oneLine(result.output) + cr;
      })
      .join('\n');
  }
  const result = lintSource(output, displayPath, options, how);
  const notice = kind === 'yaml' && result.diagnostics.some((d) => d.fix) ? `${displayPath}: YAML files are not fixed automatically; apply the fixes by hand.` : undefined;
  if (output !== text) result.output = bom + output;
  return { result, fixed, ...(notice ? { notice } : {}) };
}

/** A line-local diagnostic placed at the start of its file line, where line directives apply. */
function withoutRange<T extends { range?: unknown }>(diagnostic: T): Omit<T, 'range'> {
  const { range: _range, ...rest } = diagnostic;
  return rest;
}

/** A JSONL record must stay on one line; a fix that inserted line breaks is written compactly. */
export function oneLine(text: string): string {
  if (!text.includes('\n')) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text.replace(/\r?\n\s*/g, ' ');
  }
}

/**
 * Replaces the file atomically (temporary file in the same directory, then rename, keeping the
 * mode), unless it changed on disk since it was read: then another process (an editor, a formatter)
 * owns the newer content and it is left as it is. Returns why it was not written, if it was not.
 */
export async function writeFixed(absolutePath: string, output: string, read: { original: string; mtimeMs: number; mode: number }): Promise<string | undefined> {
  const temporary = join(dirname(absolutePath), `.${basename(absolutePath)}.reqlint-${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temporary, output, { mode: read.mode & 0o7777 });
  try {
    const [now, current] = await Promise.all([stat(absolutePath), readFile(absolutePath, 'utf8')]);
    if (now.mtimeMs !== read.mtimeMs || current !== read.original) {
      await unlink(temporary);
      return 'it changed on disk while reqlint was fixing it; run reqlint --fix again';
    }
    await rename(temporary, absolutePath);
    return undefined;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
