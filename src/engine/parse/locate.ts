import { isArrayIndex, parsePointer } from '../../json-pointer.js';
import { jsonc } from '../../lazy-deps.js';

/** Where a pointer's node sits in a document's text. */
export interface Located {
  /** The node the pointer names exists; otherwise the deepest node on the way is described. */
  exact: boolean;
  offset: number;
  length: number;
  /** The key of the property whose value the node is, when it is one. */
  key?: { offset: number; length: number };
}

/** A scan's answer, and how far into the text the scan went. */
export type Scanned = Located & { scanned: number };

/**
 * Where a pointer's node sits in strict JSON text, found by scanning tokens from the start and
 * stopping once the node is passed, without building a syntax tree. A tree of a large document
 * costs many times its text in memory (a 400,000-property schema: hundreds of MB), so a document
 * with a few findings is positioned this way; the answer is the one `locateInTree` gives on the
 * tree, provided no object repeats a key (the first match is then the only one).
 */
export function locateInText(text: string, pointer: string): Scanned | undefined {
  const { createScanner, SyntaxKind } = jsonc();
  const scanner = createScanner(text, true);
  const segments = parsePointer(pointer);
  if (scanner.scan() === SyntaxKind.EOF) return undefined;

  /** Skips the value starting at the current token; returns its end offset and leaves the scanner on its last token. */
  const skipValue = (): number => {
    let depth = 0;
    for (let kind = scanner.getToken(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
      if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) depth++;
      else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) depth--;
      if (depth <= 0) return scanner.getTokenOffset() + scanner.getTokenLength();
    }
    return text.length;
  };

  let key: Located['key'];
  for (let level = 0; ; level++) {
    const start = scanner.getTokenOffset();
    const kind = scanner.getToken();
    if (level === segments.length) {
      const end = skipValue();
      return { exact: true, offset: start, length: end - start, ...(key ? { key } : {}), scanned: end };
    }
    const segment = segments[level]!;
    const here = (): Scanned => ({ exact: false, offset: start, length: 1, ...(key ? { key } : {}), scanned: scanner.getPosition() });
    if (kind === SyntaxKind.OpenBraceToken) {
      const found = findMember(segment);
      if (found === undefined) return here();
      key = found;
    } else if (kind === SyntaxKind.OpenBracketToken) {
      if (!isArrayIndex(segment) || !findElement(Number(segment))) return here();
      key = undefined;
    } else {
      return here();
    }
  }

  /** Moves to the value of `name` in the object whose `{` is the current token; its key, or `undefined`. */
  function findMember(name: string): Located['key'] | undefined {
    for (let kind = scanner.scan(); kind !== SyntaxKind.EOF && kind !== SyntaxKind.CloseBraceToken; kind = scanner.scan()) {
      if (kind === SyntaxKind.CommaToken) continue;
      if (kind !== SyntaxKind.StringLiteral) return undefined;
      const memberKey = { offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
      const matches = scanner.getTokenValue() === name;
      if (scanner.scan() !== SyntaxKind.ColonToken) return undefined;
      scanner.scan();
      if (matches) return memberKey;
      skipValue();
    }
    return undefined;
  }

  /** Moves to element `index` of the array whose `[` is the current token; whether it exists. */
  function findElement(index: number): boolean {
    let at = 0;
    for (let kind = scanner.scan(); kind !== SyntaxKind.EOF && kind !== SyntaxKind.CloseBracketToken; kind = scanner.scan()) {
      if (kind === SyntaxKind.CommaToken) continue;
      if (at === index) return true;
      skipValue();
      at++;
    }
    return false;
  }
}
