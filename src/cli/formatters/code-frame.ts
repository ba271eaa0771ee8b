import type { Range } from '../../types.js';
import type { Palette } from './colors.js';
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
 */
export function codeFrame(lineText: (line: number) => string | undefined, range: Range, colors: Palette): string[] {
  const last = Math.min(range.end.line, range.start.line + MAX_LINES - 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let line = range.start.line; line <= last; line++) {
    const text = lineText(line);
    if (text === undefined) return out;
    const from = line === range.start.line ? range.start.column - 1 : firstNonBlank(text);
    const to = Math.max(from + 1, line === range.end.line ? range.end.column - 1 : text.length);
    const start = text.length > WINDOW && from > WINDOW / 2 ? from - WINDOW / 2 : 0;
    const end = Math.min(text.length, start + WINDOW);
    const shown =
      (start > 0 ? '…' : '') + withoutControlCharacters(text.slice(start, end).replace(/\t/g, ' ')) + (end < text.length ? '…' : '');
    const caretStart = from - start + (start > 0 ? 1 : 0);
    const caretLength = Math.max(1, Math.min(to, end) - from);
    out.push(`    ${colors.dim(`${String(line).padStart(gutter)} |`)} ${shown}`);
    out.push(`    ${colors.dim(`${' '.repeat(gutter)} |`)} ${' '.repeat(Math.max(0, caretStart))}${colors.red('^'.repeat(caretLength))}`);
  }
  return out;
}

function firstNonBlank(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}
