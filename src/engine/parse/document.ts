import { pointerToDisplayPath } from '../../json-pointer.js';
import type { Problem } from '../report/problems.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import { parseStrictJson, parseWithTree, type ParsedText } from './parse.js';
import { LineIndex } from './positions.js';
import { fitsQuickly, MAX_NESTING_DEPTH, textTooDeepAt, valueTooDeepAt } from './depth.js';

const TOO_DEEP = `The document nests more than ${MAX_NESTING_DEPTH} levels deep here, more than reqlint checks (and far more than any request needs); nothing else was checked.`;

export interface ParsedDocument {
  /** The request body, when the input is (or parses to) a JSON object. */
  body?: Record<string, unknown>;
  /** The input text, when text was given (ranges are computed against it). */
  text?: string;
  tree?: ParsedText;
}

/**
 * The first stage: the input as a body, with the problems only the text shows (syntax errors,
 * repeated keys) and the one every input can have (not an object). `lint` accepts a parsed value or
 * JSON/JSONC text; a string is always text.
 */
export function parseDocument(input: unknown, problems: Problem[]): ParsedDocument {
  let value = input;
  let text: string | undefined;
  let tree: ParsedText | undefined;
  if (typeof input === 'string') {
    text = input;
    // `JSON.parse` does not recurse, so strict JSON of ordinary size is cleared on its value (a step
    // per container, not per character); the rest, and JSONC (whose parser recurses), by one scan.
    const strict = parseStrictJson(text);
    const deepAt = strict !== undefined && fitsQuickly(strict.value) ? -1 : textTooDeepAt(text);
    if (deepAt !== -1) {
      problems.push({
        ruleId: 'parse/too-deep',
        message: TOO_DEEP,
        path: '',
        target: 'value',
        range: new LineIndex(text).range(deepAt, 1),
      });
      return { text };
    }
    tree = strict ?? parseWithTree(text);
    if (tree.syntaxError !== undefined) {
      const { message, offset, length } = tree.syntaxError;
      problems.push({
        ruleId: 'parse/syntax',
        message: message + '.',
        path: '',
        target: 'value',
        range: new LineIndex(text).range(offset, length),
      });
      return { text };
    }
    value = tree.value;
  }

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      ruleId: 'parse/not-an-object',
      message: `A request body must be a JSON object, not ${kindOfValue(value)}.`,
      path: '',
      target: 'value',
    });
    return { text, tree };
  }
  if (text === undefined) {
    const deepAt = valueTooDeepAt(value);
    if (deepAt !== undefined) {
      problems.push({ ruleId: 'parse/too-deep', message: TOO_DEEP, path: deepAt, target: 'value' });
      return {};
    }
  }

  if (text !== undefined && tree?.mayHaveDuplicateKeys === true && tree.tree !== undefined) {
    const lines = new LineIndex(text);
    for (const duplicate of findDuplicateKeys(tree.tree)) {
      const kept = lines.position(duplicate.kept.offset);
      const parent = duplicate.pointer.slice(0, duplicate.pointer.lastIndexOf('/'));
      problems.push({
        ruleId: 'parse/duplicate-key',
        message: `\`${duplicate.key}\` appears more than once in ${parent === '' ? 'the request' : `\`${pointerToDisplayPath(parent)}\``}; the API keeps only the last one (line ${kept.line}) and ignores this one.`,
        path: duplicate.pointer,
        target: 'key',
        range: lines.range(duplicate.ignored.offset, duplicate.ignored.length),
      });
    }
  }
  return { body: value as Record<string, unknown>, text, tree };
}

/** What a value that is not an object is, as a sentence names it: "an array", "a string", "`null`". */
function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null || value === undefined) return `\`${String(value)}\``;
  return `a ${typeof value}`;
}
