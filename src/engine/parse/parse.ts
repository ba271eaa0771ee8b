import type { Node, ParseError } from 'jsonc-parser';
import { mayHaveDuplicateKeys } from './duplicate-keys.js';
import { locateInText, type Located } from './locate.js';
import { locateInTree } from './positions.js';
import { jsonc } from '../../lazy-deps.js';

/**
 * Text → value plus the syntax tree that positions and duplicate-key checks need.
 * jsonc-parser (the parser behind VS Code's JSON support) keeps every property, duplicates included,
 * with offsets, and tolerates comments and trailing commas so JSONC fixtures lint too.
 *
 * Fast path: most documents are strict JSON and clean, and building the tree costs several times
 * `JSON.parse`. So strict JSON is parsed with `JSON.parse` (the same value: last duplicate wins,
 * `__proto__` an own property) and the tree is built only when something needs it: a diagnostic to
 * position, or duplicate keys to find (a linear scan rules them out first). Text that `JSON.parse`
 * rejects (JSONC, or a syntax error) takes the tree path at once.
 */

export interface ParsedText {
  value: unknown;
  /** The syntax tree, built on first access on the fast path. */
  readonly tree: Node | undefined;
  /** `false` when a scan proved that no object in the text repeats a key. */
  readonly mayHaveDuplicateKeys: boolean;
  /** The first syntax error; later ones are almost always a cascade of it. */
  syntaxError?: { message: string; offset: number; length: number };
  /**
   * Where a pointer's node is: by a scan of the text when that is sound (strict JSON, no repeated key)
   * and cheaper (see `StrictJsonText.locate`), else from the tree; `undefined` without a tree.
   */
  locate(pointer: string): Located | undefined;
}

/** How many times the text `locate` may scan in all before the tree is built instead. */
const SCAN_BUDGET = 4;

const TREE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true } as const;

/** Strict JSON parsed by `JSON.parse`; the tree only on demand. */
class StrictJsonText implements ParsedText {
  private built: Node | undefined;
  private isBuilt = false;
  readonly mayHaveDuplicateKeys: boolean;

  constructor(
    private readonly text: string,
    readonly value: unknown,
  ) {
    this.mayHaveDuplicateKeys = mayHaveDuplicateKeys(text, value);
  }

  /** Characters scanned by `locate` so far. */
  private scanned = 0;

  /**
   * Positions a finding without the tree while the scans, which stop at their node, have read less
   * than a few times the text: a large document with a few findings never builds the tree (many
   * times the text in memory), and one with many findings builds it once, as before.
   */
  locate(pointer: string): Located | undefined {
    if (!this.isBuilt && !this.mayHaveDuplicateKeys && this.scanned <= SCAN_BUDGET * this.text.length) {
      const found = locateInText(this.text, pointer);
      this.scanned += found?.scanned ?? this.text.length;
      if (found !== undefined) return found;
    }
    return locateIn(this.tree, pointer);
  }

  get tree(): Node | undefined {
    if (!this.isBuilt) {
      this.built = jsonc().parseTree(this.text, [], TREE_OPTIONS);
      this.isBuilt = true;
    }
    return this.built;
  }
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid JSON: unexpected character',
  InvalidNumberFormat: 'Invalid JSON: malformed number',
  PropertyNameExpected: 'Invalid JSON: expected a property name in double quotes',
  ValueExpected: 'Invalid JSON: expected a value',
  ColonExpected: 'Invalid JSON: expected `:` after the property name',
  CommaExpected: 'Invalid JSON: expected `,` between values',
  CloseBraceExpected: 'Invalid JSON: expected `}` to close the object',
  CloseBracketExpected: 'Invalid JSON: expected `]` to close the array',
  EndOfFileExpected: 'Invalid JSON: unexpected content after the end of the document',
  InvalidCommentToken: 'Invalid JSON: malformed comment',
  UnexpectedEndOfComment: 'Invalid JSON: unterminated comment',
  UnexpectedEndOfString: 'Invalid JSON: unterminated string',
  UnexpectedEndOfNumber: 'Invalid JSON: unterminated number',
  InvalidUnicode: 'Invalid JSON: malformed \\u escape',
  InvalidEscapeCharacter: 'Invalid JSON: invalid escape sequence in a string',
  InvalidCharacter: 'Invalid JSON: control character in a string (escape it)',
};

export function parseJsonText(text: string): ParsedText {
  return parseStrictJson(text) ?? parseWithTree(text);
}

/** The fast path, for strict JSON: `undefined` for anything `JSON.parse` rejects. */
export function parseStrictJson(text: string): ParsedText | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return new StrictJsonText(text, value);
}

/** The slow path: JSONC, or text with a syntax error to locate. */
export function parseWithTree(text: string): ParsedText {
  const errors: ParseError[] = [];
  const tree = jsonc().parseTree(text, errors, TREE_OPTIONS);
  const locate = (pointer: string) => locateIn(tree, pointer);
  if (tree === undefined && errors.length === 0) {
    return {
      value: undefined,
      tree: undefined,
      mayHaveDuplicateKeys: false,
      syntaxError: { message: 'The document is empty: expected a JSON object', offset: 0, length: 0 },
      locate,
    };
  }
  const first = errors[0];
  if (first !== undefined) {
    const code = jsonc().printParseErrorCode(first.error);
    return {
      value: undefined,
      tree,
      mayHaveDuplicateKeys: false,
      syntaxError: { message: SYNTAX_MESSAGES[code] ?? `Invalid JSON (${code})`, offset: first.offset, length: first.length },
      locate,
    };
  }
  return { value: tree === undefined ? undefined : nodeValue(tree), tree, mayHaveDuplicateKeys: tree !== undefined, locate };
}

function locateIn(tree: Node | undefined, pointer: string): Located | undefined {
  return tree === undefined ? undefined : locateInTree(tree, pointer);
}

/**
 * The value the API would see. Like `JSON.parse`, a repeated key keeps its last value; `__proto__`
 * becomes an own property instead of changing the prototype.
 */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key === undefined) continue;
        Object.defineProperty(result, String(key.value), {
          value: value === undefined ? null : nodeValue(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
