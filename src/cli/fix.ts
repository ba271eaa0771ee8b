import { randomBytes } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DIRECTIVE_MARK, isBlankOrCommentOnly, jsoncComments } from '../directives/index.js';
import { applyFixes, applyFixesToText } from '../engine/fix/apply-fixes.js';
import { oneLine } from '../engine/fix/text-fixes.js';
import { lint } from '../engine/lint.js';
import { jsonlLines, mapJsonlLines } from '../jsonl/lines.js';
import { fixJsonlLine } from './fix-jsonl-line.js';
import { kindOf, lintSource, stripBom, suppressionsFor, type FileLintOptions, type FileResult, type LintFileOptions } from './lint-file.js';
import { decodeFile } from './utf8.js';

/**
 * The file operations `--fix` performs, in one object so that tests can inject what a real disk does
 * rarely or only to other users: a full disk, a directory that refuses a new file (tests run as root,
 * who may write anywhere), a file another process changes between the read and the write.
 */
export type FixFs = Pick<
  typeof fsPromises,
  'readFile' | 'writeFile' | 'stat' | 'access' | 'chmod' | 'chown' | 'rename' | 'unlink' | 'realpath'
>;

const nodeFixFs: FixFs = fsPromises;

/** The real operations with some replaced (tests only). */
function fixFsWith(overrides: Partial<FixFs> | undefined): FixFs {
  return overrides === undefined ? nodeFixFs : { ...nodeFixFs, ...overrides };
}

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
export async function fixFile(
  absolutePath: string,
  displayPath: string,
  options: FileLintOptions,
  how: LintFileOptions,
  fsOverrides?: Partial<FixFs>,
): Promise<FixOutcome & FileOnDisk> {
  const fs = fixFsWith(fsOverrides);
  // Through a symlink to the file it names: that file is what the user means to fix (as Prettier
  // and ESLint do), and replacing the link by a regular file would cut it.
  const target = await fs.realpath(absolutePath);
  const [bytes, stats] = await Promise.all([fs.readFile(target), fs.stat(target)]);
  const asRead = { target, mtimeMs: stats.mtimeMs, mode: stats.mode, uid: stats.uid, gid: stats.gid, links: stats.nlink };
  if (isUtf8(bytes)) {
    const original = bytes.toString('utf8');
    return { ...fixText(original, displayPath, options, how), original, ...asRead };
  }
  // Decoding turns the invalid bytes into U+FFFD and writing would destroy them: the file is linted
  // as it reads, and never written.
  const decoded = decodeFile(bytes);
  const result = lintSource(decoded.text, displayPath, options, how, decoded.invalid);
  const notice = notFixedForBytes(result, displayPath);
  return {
    result,
    fixed: 0,
    ...(notice === undefined ? {} : { notice, unfixable: true }),
    original: bytes.toString('latin1'),
    ...asRead,
  };
}

/**
 * Why `--fix` leaves text whose bytes are not UTF-8 as it is, when it had fixes to make there (YAML is
 * never fixed); `undefined` when it had none. `parse/invalid-utf8` reports the bytes either way.
 */
function notFixedForBytes(result: FileResult, displayPath: string): string | undefined {
  if (kindOf(displayPath) === 'yaml' || !result.diagnostics.some((d) => d.fix !== undefined)) return undefined;
  return `${displayPath} was not fixed: it is not valid UTF-8, and rewriting it would replace the invalid bytes.`;
}

/** What `writeFixed` needs to know about the file as it was read. */
export interface FileOnDisk {
  original: string;
  /** The real path (symlinks resolved) that is read and written. */
  target?: string;
  mtimeMs: number;
  mode: number;
  uid?: number;
  gid?: number;
  /** Hard links to the file; more than one means it is rewritten in place to keep them. */
  links?: number;
  /** The file has fixes that cannot be written (its bytes are not UTF-8): `--fix` fails on it, as on a read-only file. */
  unfixable?: boolean;
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
    // Every directive is read before any line is fixed, as the whole-file lint reads them.
    if (hasDirectives)
      for (const line of jsonlLines(text))
        if (line.text.includes(DIRECTIVE_MARK)) suppressions.addComments(jsoncComments(line.text, line.lineNumber, line.offset));
    output = mapJsonlLines(text, (line) => {
      if (isBlankOrCommentOnly(line.text)) return line.text;
      const result = fixJsonlLine(line.text, options, (d) => !suppressions.suppresses({ ...withoutRange(d), line: line.lineNumber }));
      fixed += result.fixed;
      return oneLine(result.output);
    });
  }
  const result = lintSource(output, displayPath, options, how);
  const notice =
    kind === 'yaml' && result.diagnostics.some((d) => d.fix)
      ? `${displayPath}: YAML files are not fixed automatically; apply the fixes by hand.`
      : undefined;
  if (output !== text) result.output = bom + output;
  return { result, fixed, ...(notice ? { notice } : {}) };
}

/** A line-local diagnostic placed at the start of its file line, where line directives apply. */
function withoutRange<T extends { range?: unknown }>(diagnostic: T): Omit<T, 'range'> {
  const { range: _range, ...rest } = diagnostic;
  return rest;
}

/** A write that failed, with a message that names the user's file (never the temporary one). */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error occurred',
};

/**
 * Why a file with fixes was not written, as a sentence naming the file. `changed`: another process
 * wrote it meanwhile (not a failure); `failed`: the write itself failed, and the file is as it was.
 */
export interface WriteRefusal {
  kind: 'changed' | 'read-only' | 'failed';
  message: string;
}

/**
 * Replaces the file atomically (temporary file in the same directory, then rename), keeping its
 * mode and, where the user may, its owner; unless it changed on disk since it was read: then another
 * process (an editor, a formatter) owns the newer content and it is left as it is. A file the user
 * may not write (read-only) is respected, not replaced. A file with several hard links is rewritten
 * in place, since a rename would split the links. Returns why it was not written, if it was not,
 * naming `displayPath`; a failed write always removes the temporary file.
 */
export async function writeFixed(
  absolutePath: string,
  output: string,
  read: FileOnDisk,
  displayPath: string = absolutePath,
  fsOverrides?: Partial<FixFs>,
): Promise<WriteRefusal | undefined> {
  const { access, chmod, chown, readFile, rename, stat, unlink, writeFile } = fixFsWith(fsOverrides);
  const notFixed = (kind: WriteRefusal['kind'], reason: string): WriteRefusal => ({
    kind,
    message: `${displayPath} was not fixed: ${reason}`,
  });
  const target = read.target ?? absolutePath;
  // Mode bits first: root may write anything, but a file marked read-only for everyone says "do not edit".
  const readOnly =
    (read.mode & 0o222) === 0 ||
    (await access(target, constants.W_OK).then(
      () => false,
      () => true,
    ));
  if (readOnly)
    return notFixed('read-only', 'it is read-only (reqlint does not write files you may not write; make it writable to fix it)');
  // The name is capped so a file whose own name is near the 255-byte limit still gets a temporary.
  const temporary = join(dirname(target), `.${basename(target).slice(0, 100)}.reqlint-${randomBytes(6).toString('hex')}.tmp`);
  let temporaryExists = false;
  try {
    const [now, current] = await Promise.all([stat(target), readFile(target, 'utf8')]);
    if (now.mtimeMs !== read.mtimeMs || current !== read.original)
      return notFixed('changed', 'it changed on disk while reqlint was fixing it; run reqlint --fix again');
    if ((read.links ?? 1) > 1) {
      await writeFile(target, output);
      return undefined;
    }
    temporaryExists = true;
    await writeFile(temporary, output, { mode: read.mode & 0o7777 });
    if (read.uid !== undefined && read.gid !== undefined && (now.uid !== process.getuid?.() || now.gid !== process.getgid?.())) {
      // Only root may give a file away; anyone else keeps the file's owner by writing it in place.
      const given = await chown(temporary, read.uid, read.gid).then(
        () => true,
        () => false,
      );
      if (!given) {
        await unlink(temporary);
        temporaryExists = false;
        await writeFile(target, output);
        return undefined;
      }
    }
    await chmod(temporary, read.mode & 0o7777);
    await rename(temporary, target);
    temporaryExists = false;
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = (code && WRITE_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
    return { kind: 'failed', message: `cannot write ${displayPath}: ${why}; the file was left as it was` };
  } finally {
    if (temporaryExists) await unlink(temporary).catch(() => undefined);
  }
}
