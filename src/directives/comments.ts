import { yaml } from '../cli/lazy-deps.js';
import { jsonc } from '../lazy-deps.js';
import { LineIndex } from '../engine/parse/positions.js';
import type { Position } from '../types.js';

/** A comment in a fixture: its text without the `//`, `/* *\/` or `#`, and where it is. */
export interface SourceComment {
  body: string;
  start: Position;
  end: Position;
  /** Offset of `body` inside the comment's raw text, to place a rule id in it. */
  bodyOffset: number;
}

/** Cheap pre-check: a text without this cannot hold a directive, so it is never scanned. */
export const DIRECTIVE_MARK = 'reqlint-';

/**
 * The comments of a JSONC text (or of one JSONL line, placed at `lineNumber`/`offset` in its file).
 * jsonc-parser's scanner tells comments from strings that merely contain `//`.
 */
export function jsoncComments(text: string, lineNumber = 1, offset = 0): SourceComment[] {
  // Loaded lazily, like the engine does: only a text that mentions `reqlint-` is ever scanned.
  const { createScanner, SyntaxKind } = jsonc();
  const scanner = createScanner(text, false);
  const lines = new LineIndex(text);
  const at = (local: number): Position => {
    const p = lines.position(local);
    return { line: p.line + lineNumber - 1, column: p.column, offset: local + offset };
  };
  const comments: SourceComment[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) continue;
    const start = scanner.getTokenOffset();
    const raw = text.slice(start, start + scanner.getTokenLength());
    const body = kind === SyntaxKind.LineCommentTrivia ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
    comments.push({ body, start: at(start), end: at(start + raw.length), bodyOffset: 2 });
  }
  return comments;
}

/** Whether a JSONL line holds only comments (a directive line, which is not a request). */
export function isCommentOnlyLine(text: string): boolean {
  const { createScanner, SyntaxKind } = jsonc();
  const scanner = createScanner(text, false);
  let sawComment = false;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) sawComment = true;
    else if (kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia) return false;
  }
  return sawComment;
}

/** A JSON Lines line that holds no request: blank, or only comments (a directive line). */
export function isBlankOrCommentOnly(line: string): boolean {
  const trimmed = line.trim();
  // Most lines are requests: `{` first, decided without the scanner.
  return trimmed === '' || (trimmed.startsWith('/') && isCommentOnlyLine(trimmed));
}

/**
 * The `#` comments of a YAML text, from the yaml library's lexer, so a `#` inside a quoted or
 * block scalar is not taken for a comment. The lexer's control tokens are not source text.
 */
export function yamlComments(text: string): SourceComment[] {
  const { Lexer } = yaml();
  const lines = new LineIndex(text);
  const comments: SourceComment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if (token.startsWith('#'))
      comments.push({ body: token.slice(1), start: lines.position(offset), end: lines.position(offset + token.length), bodyOffset: 1 });
    offset += token.length;
  }
  return comments;
}
