import { isBlankOrCommentOnly } from '../directives/index.js';
import type { JsonlLine } from './lines.js';

// Apart from `lines.ts`, which the web build carries (`lintJsonLines`): telling a comment line needs the directives' scanner, which only the CLI and the language server load.

/** The lines that hold a request: not blank, and not only comments (a `reqlint-disable` line, a note). */
export function* requestLines(lines: Iterable<JsonlLine>): Generator<JsonlLine> {
  for (const line of lines) if (!isBlankOrCommentOnly(line.text)) yield line;
}

/** The first line that holds a request: the one that tells what kind of file this is. */
export function firstRequestLine(lines: Iterable<JsonlLine>): JsonlLine | undefined {
  for (const line of requestLines(lines)) return line;
  return undefined;
}
