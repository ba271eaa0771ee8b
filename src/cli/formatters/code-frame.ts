import type { Range } from '../../types.js';
import type { Palette } from './colors.js';
import type { DisplayWidth } from './display-width.js';
import { withoutControlCharacters } from './terminal-text.js';

/** Long lines (one-line JSONL requests) are shown as a window around the range, not in full. */
const WINDOW = 100;
/** A range over many lines (an object value) is shown by its first line: enough to find it. */
const MAX_LINES = 1;

/**
 * The offending lines with a caret underline, as Babel and ESLint's codeframe formatter show them:
 *
 *     7 |   "max_tokens": 100,
 *       |   ^^^^^^^^^^^^
 *
 * The range's columns count UTF-16 code units (as reported); the carets are placed by `width`, the
 * columns a terminal gives the text before and under them, so `😀` or `日本` before a key do not
 * shift the carets to the left of it.
 */
export function codeFrame(lineText: (line: number) => string | undefined, range: Range, colors: Palette, width: DisplayWidth): string[] {
  const last = Math.min(range.end.line, range.start.line + MAX_LINES - 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let line = range.start.line; line <= last; line++) {
    const text = lineText(line);
    if (text === undefined) return out;
    const from = line === range.start.line ? range.start.column - 1 : firstNonBlank(text);
    const to = Math.max(from + 1, line === range.end.line ? range.end.column - 1 : text.length);
    const start = outsidePair(text, text.length > WINDOW && from > WINDOW / 2 ? from - WINDOW / 2 : 0, +1);
    const end = outsidePair(text, Math.min(text.length, start + WINDOW), -1);
    const before = (start > 0 ? '…' : '') + forFrame(text.slice(start, from));
    const under = forFrame(text.slice(from, Math.min(to, end)));
    const shown = before + under + forFrame(text.slice(Math.min(to, end), end)) + (end < text.length ? '…' : '');
    const caretStart = width(before);
    const caretLength = Math.max(1, width(under));
    out.push(`    ${colors.dim(`${String(line).padStart(gutter)} |`)} ${shown}`);
    out.push(`    ${colors.dim(`${' '.repeat(gutter)} |`)} ${' '.repeat(Math.max(0, caretStart))}${colors.red('^'.repeat(caretLength))}`);
  }
  return out;
}

/** A tab is one space (terminals' tab stops would move the carets); a control character one U+FFFD. */
function forFrame(text: string): string {
  return withoutControlCharacters(text.replace(/\t/g, ' '));
}

/** A window's edge moved off the middle of a surrogate pair (`😀`), whose halves no terminal can show. */
function outsidePair(text: string, index: number, direction: 1 | -1): number {
  const low = text.charCodeAt(index);
  const high = text.charCodeAt(index - 1);
  const inside = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return inside ? index + direction : index;
}

function firstNonBlank(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}
