import { jsonc } from '../../lazy-deps.js';

/**
 * Comments and trailing commas: what JSONC allows and JSON does not. The engine's parser tolerates
 * them (so `.jsonc` fixtures lint), but a `.json` or `.jsonl` file is sent as it is, and the API (like
 * `JSON.parse`) rejects them. The file layer decides what a finding is worth, per file kind; this only
 * finds them, with jsonc-parser's scanner, so `//` inside a string is never taken for a comment.
 */
export interface JsoncSyntax {
  kind: 'comment' | 'trailing-comma';
  offset: number;
  length: number;
  /** A comment's text without `//` or the block delimiters. */
  body?: string;
}

/** Cheap text test: without one of these, the text has neither comments nor trailing commas. */
const MAY_HAVE_JSONC = /\/[/*]|,\s*[}\]]/;

export function findJsoncSyntax(text: string): JsoncSyntax[] {
  if (!MAY_HAVE_JSONC.test(text)) return [];
  const { createScanner, SyntaxKind } = jsonc();
  const scanner = createScanner(text, false);
  const found: JsoncSyntax[] = [];
  let pendingComma: { offset: number } | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const length = scanner.getTokenLength();
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      const raw = text.slice(offset, offset + length);
      const body = kind === SyntaxKind.LineCommentTrivia ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
      found.push({ kind: 'comment', offset, length, body });
      continue;
    }
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    if (pendingComma !== undefined && (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken)) {
      found.push({ kind: 'trailing-comma', offset: pendingComma.offset, length: 1 });
    }
    pendingComma = kind === SyntaxKind.CommaToken ? { offset } : undefined;
  }
  return found;
}

/** Whether the text holds nothing but comments and whitespace (a comment line in JSONL). */
export function onlyComments(text: string, syntax: readonly JsoncSyntax[]): boolean {
  let rest = text;
  for (const item of [...syntax].reverse())
    if (item.kind === 'comment') rest = rest.slice(0, item.offset) + rest.slice(item.offset + item.length);
  return syntax.some((item) => item.kind === 'comment') && rest.trim() === '';
}
