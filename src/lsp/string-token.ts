import { createScanner, ScanError, SyntaxKind } from 'jsonc-parser';

/**
 * The JSON string (a key or a value) the cursor is in, and the span a completion should replace.
 * While a value is being typed without an auto-pair plugin the string has no closing quote yet, and
 * jsonc-parser's scanner (like VS Code's JSON support, which vscode-json-languageservice builds on)
 * then runs the string token to the end of the line: `{ "model": "g}` is one token `"g}`. Replacing
 * that whole token would swallow the `}`; so an unclosed string is replaced from its opening quote
 * to the end of the word at the cursor, and the completion's text brings its own closing quote.
 */
export interface StringAtCursor {
  /** Offset of the opening quote. */
  start: number;
  /** End of what a completion replaces: after the closing quote, or for an unclosed string the end of the word at the cursor. */
  end: number;
  closed: boolean;
}

/** Characters that cannot continue a word typed in an unclosed string: they are JSON's own structure (or a space). */
const WORD_AFTER_CURSOR = /[^\s"{}[\],:]*/y;

/** The string token around `offset` (after its opening quote, up to its closing quote), if any. */
export function stringAt(text: string, offset: number): StringAtCursor | undefined {
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    if (start >= offset) return undefined;
    const end = start + scanner.getTokenLength();
    if (kind !== SyntaxKind.StringLiteral) {
      if (end > offset) return undefined;
      continue;
    }
    const closed = scanner.getTokenError() !== ScanError.UnexpectedEndOfString;
    if (closed ? offset < end : offset <= end) return { start, end: closed ? end : wordEnd(text, offset, end), closed };
  }
  return undefined;
}

function wordEnd(text: string, offset: number, tokenEnd: number): number {
  WORD_AFTER_CURSOR.lastIndex = offset;
  WORD_AFTER_CURSOR.exec(text);
  return Math.min(WORD_AFTER_CURSOR.lastIndex, tokenEnd);
}
