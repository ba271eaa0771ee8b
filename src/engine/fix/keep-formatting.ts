import { jsonc } from '../../lazy-deps.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] | undefined {
  // Loaded on first use: a pre-flight lint never fixes text.
  const { createScanner, SyntaxKind } = jsonc();
  const scanner = createScanner(text, false);
  const out: Token[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    if (kind === SyntaxKind.Unknown || scanner.getTokenError() !== 0) return undefined;
    out.push({
      text: scanner.getTokenValue() + ':' + kind,
      start: scanner.getTokenOffset(),
      end: scanner.getTokenOffset() + scanner.getTokenLength(),
    });
  }
  return out;
}

/**
 * jsonc-parser's `modify` re-formats every line an edit touches: removing the last property re-flows
 * the line before it, and in a one-line document (a JSONL record, a compact fixture) the whole
 * document. A fix promises no other change to the text, so this keeps the
 * original text around the change: the tokens before the first and after the last changed token are
 * kept byte for byte, and only the changed middle comes from the fixed text (in a one-line document
 * with its line breaks folded into the line's own spacing). The result has exactly the fixed
 * text's tokens, so it means the same; if anything is off, the fixed text is returned as it is.
 */
export function keepFormatting(original: string, fixed: string): string {
  if (original === fixed) return fixed;
  const oneLine = !original.trimEnd().includes('\n');
  const before = tokens(original);
  const after = tokens(fixed);
  if (before === undefined || after === undefined) return fixed;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix]!.text === after[prefix]!.text) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix]!.text === after[after.length - 1 - suffix]!.text
  )
    suffix++;
  const keepHead = prefix === 0 ? 0 : before[prefix - 1]!.end;
  const keepTail = suffix === 0 ? original.length : before[before.length - suffix]!.start;
  const fixedHead = prefix === 0 ? 0 : after[prefix - 1]!.end;
  const fixedTail = suffix === 0 ? fixed.length : after[after.length - suffix]!.start;
  // Spacing after `:` and `,` follows the original line's habit (`{"a": 1}` or `{"a":1}`).
  const spaced = /[:,] /.test(original);
  const fixedMiddle = fixed.slice(fixedHead, fixedTail);
  const middle = !oneLine
    ? fixedMiddle
    : fixedMiddle.replace(/\s*\r?\n\s*/g, (match: string, offset: number) => {
        const previous = offset > 0 ? fixedMiddle[offset - 1] : original[keepHead - 1];
        const next = offset + match.length < fixedMiddle.length ? fixedMiddle[offset + match.length] : original[keepTail];
        return spaced && (previous === ',' || previous === ':') && next !== undefined && next !== ']' && next !== '}' ? ' ' : '';
      });
  const result = original.slice(0, keepHead) + middle + original.slice(keepTail);
  if (oneLine && result.trimEnd().includes('\n')) return fixed;
  const check = tokens(result);
  return check !== undefined && check.length === after.length && check.every((t, i) => t.text === after[i]!.text) ? result : fixed;
}
