/**
 * How JSON Lines text is cut into lines, in one place for every front end (the CLI's in-memory and
 * streamed paths, `--fix`, `explain`, the language server, `lintJsonLines`, `applyFix`):
 *
 * - a line ends at `\n`; a `\r` before it (or at the very end of the text) belongs to the line break,
 *   not to the line. A lone `\r` elsewhere is not a break: JSON allows it as whitespace inside a line;
 * - a byte order mark at the start of the text is not part of line 1, and offsets leave it out (they
 *   are offsets in the text as the linter reads it, the same as for a JSON file: `decodeFile`);
 * - the empty piece after a final line break is no line (a file's last line ends with `\n`), so a
 *   streamed file and the same text in memory yield the same lines.
 */

/** How a line ended; `''` for a last line without a break, `'\r'` for one cut just before its `\n`. */
export type LineBreak = '\n' | '\r\n' | '\r' | '';

export interface JsonlLine {
  /** The line without its line break (and line 1 without a byte order mark): what gets linted. */
  text: string;
  /** 1-based. */
  lineNumber: number;
  /** Offset of `text` in the file (UTF-16 code units, as ranges count; a leading BOM not counted). */
  offset: number;
  /** `text + lineBreak`, line after line, is the file again (after its BOM). */
  lineBreak: LineBreak;
}

const BYTE_ORDER_MARK = 0xfeff;
const CARRIAGE_RETURN = 13;

/** Where a line's text starts in its raw piece: after the byte order mark on line 1, else at 0. */
export function jsonlLineStart(raw: string, lineNumber: number): 0 | 1 {
  return lineNumber === 1 && raw.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
}

/**
 * The text of one raw piece of a JSON Lines file (what lies between two `\n`): without its `\r`, and
 * on line 1 without a byte order mark. For callers that keep the raw pieces themselves (the language
 * server mirrors an editor's lines) and need one line's text without walking to it.
 */
export function jsonlLineText(raw: string, lineNumber: number): string {
  const start = jsonlLineStart(raw, lineNumber);
  const end = raw.length > start && raw.charCodeAt(raw.length - 1) === CARRIAGE_RETURN ? raw.length - 1 : raw.length;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/**
 * Numbers and places raw pieces fed in file order. The per-line logic the splitters share, for text
 * that is already cut at `\n` (an editor's line list) or arrives in chunks (a stream).
 */
class JsonlLineCursor {
  private lineNumber = 0;
  private offset = 0;
  /** 1 when the text began with a byte order mark (known once line 1 was fed): add it to an offset to index the raw text. */
  bomLength: 0 | 1 = 0;

  /** The next line: `raw` is the text up to (without) its `\n`; `newline`, whether a `\n` ended it. */
  next(raw: string, newline: boolean): JsonlLine {
    const lineNumber = ++this.lineNumber;
    const start = jsonlLineStart(raw, lineNumber);
    if (lineNumber === 1) this.bomLength = start;
    const text = jsonlLineText(raw, lineNumber);
    const cr = raw.length - start > text.length;
    const lineBreak: LineBreak = newline ? (cr ? '\r\n' : '\n') : cr ? '\r' : '';
    const line: JsonlLine = { text, lineNumber, offset: this.offset, lineBreak };
    this.offset += text.length + lineBreak.length;
    return line;
  }
}

/** Cuts text that arrives in chunks (a file stream) into lines, holding only the unfinished line between chunks. */
export class JsonlLineSplitter {
  private pending = '';
  private readonly cursor = new JsonlLineCursor();

  /** See `JsonlLineCursor.bomLength`. */
  get bomLength(): 0 | 1 {
    return this.cursor.bomLength;
  }

  /** The lines `chunk` completes; the rest waits for the next chunk or `end()`. */
  *push(chunk: string): Generator<JsonlLine> {
    const text = this.pending + chunk;
    this.pending = '';
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      yield this.cursor.next(text.slice(start, newline), true);
      start = newline + 1;
    }
    this.pending = text.slice(start);
  }

  /** The last line, when the text does not end with a line break. */
  end(): JsonlLine | undefined {
    const rest = this.pending;
    this.pending = '';
    return rest === '' ? undefined : this.cursor.next(rest, false);
  }
}

/** The lines of a JSON Lines text (see the top of this module for what a line is). */
export function* jsonlLines(text: string): Generator<JsonlLine> {
  const splitter = new JsonlLineSplitter();
  yield* splitter.push(text);
  const last = splitter.end();
  if (last !== undefined) yield last;
}

/** The same lines from a text already cut at `\n` (`text.split('\n')`, as an editor's line list is kept). */
export function* jsonlLinesOf(rawLines: readonly string[]): Generator<JsonlLine> {
  const cursor = new JsonlLineCursor();
  const last = rawLines.length - 1;
  for (let index = 0; index <= last; index++) {
    const raw = rawLines[index]!;
    if (index === last && raw === '') return;
    yield cursor.next(raw, index < last);
  }
}

/**
 * The text with each line's text replaced by `map`'s, keeping every line break and the byte order
 * mark as they were (a fix of one line leaves the rest of the file byte for byte).
 */
export function mapJsonlLines(text: string, map: (line: JsonlLine) => string): string {
  const splitter = new JsonlLineSplitter();
  const parts: string[] = [];
  for (const line of splitter.push(text)) parts.push(map(line), line.lineBreak);
  const last = splitter.end();
  if (last !== undefined) parts.push(map(last), last.lineBreak);
  return (splitter.bomLength === 1 ? '\ufeff' : '') + parts.join('');
}
