import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/**
 * Text → value plus the syntax tree that positions and duplicate-key checks need.
 * jsonc-parser (the parser behind VS Code's JSON support) keeps every property, duplicates included,
 * with offsets, and tolerates comments and trailing commas so JSONC fixtures lint too.
 */

export interface ParsedText {
  value: unknown;
  tree: Node | undefined;
  /** The first syntax error; later ones are almost always a cascade of it. */
  syntaxError?: { message: string; offset: number; length: number };
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
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (tree === undefined && errors.length === 0) {
    return { value: undefined, tree: undefined, syntaxError: { message: 'The document is empty: expected a JSON object', offset: 0, length: 0 } };
  }
  const first = errors[0];
  if (first !== undefined) {
    const code = printParseErrorCode(first.error);
    return {
      value: undefined,
      tree,
      syntaxError: { message: SYNTAX_MESSAGES[code] ?? `Invalid JSON (${code})`, offset: first.offset, length: first.length },
    };
  }
  return { value: tree === undefined ? undefined : nodeValue(tree), tree };
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
