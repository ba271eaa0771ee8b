import data from '../../data/api-errors.json' with { type: 'json' };
import type { ApiErrorsData, ApiErrorWording } from '../../schemas/api-errors.js';

/**
 * The API's error wordings (`data/api-errors.json`) as patterns. A wording is the API's text with
 * `{name}` placeholders; matching is made robust to what happens to a message on its way to a log:
 * curly or double quotes instead of straight ones, changed spacing and case, a prefix such as
 * `400 ` or `Error code: 400 - `, and text after it.
 *
 * The cast is made honest by `test/integrations/api-errors-data.test.ts`, which validates the file
 * against its schema (validating here would cost every start-up).
 */
export const apiErrorsData: ApiErrorsData = data as unknown as ApiErrorsData;

export interface WordingMatch {
  wording: ApiErrorWording;
  /** The placeholders' values as the message has them, e.g. `{ param: 'max_tokens' }`. */
  captures: Record<string, string>;
  /** How much literal text the pattern matched: the most specific wording wins. */
  specificity: number;
}

interface CompiledWording {
  wording: ApiErrorWording;
  pattern: RegExp;
  names: string[];
  specificity: number;
}

/** Every kind of quote a message may carry becomes `'`, and runs of spaces become one. */
export function normalizeErrorText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´"\u201C\u201D\u201E]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const PLACEHOLDER = /\{([a-z]+)\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(wording: ApiErrorWording, text: string): CompiledWording {
  const normalized = normalizeErrorText(text).replace(/\.$/, '');
  const names: string[] = [];
  let source = '';
  let last = 0;
  let literal = 0;
  const placeholders = [...normalized.matchAll(PLACEHOLDER)];
  for (const match of placeholders) {
    const before = normalized.slice(last, match.index);
    source += escapeRegExp(before);
    literal += before.length;
    names.push(match[1]!);
    const quoted = normalized[match.index - 1] === "'" && normalized[match.index + match[0].length] === "'";
    // A quoted value ends at its closing quote; the last placeholder takes the rest of the sentence.
    source += quoted ? `([^']+?)` : '(.+?)';
    last = match.index + match[0].length;
  }
  const tail = normalized.slice(last);
  source += escapeRegExp(tail);
  literal += tail.length;
  // The final full stop is optional (logs often drop it). A placeholder at the very end runs to the
  // end of the message, or to a full stop that closes a quoted message (`…top_p.', 'type': …`), so it
  // cannot stop after one character.
  const end = tail === '' ? `(?:\\.?\\s*$|\\.(?='\\s*[,}]))` : `\\.?`;
  return { wording, pattern: new RegExp(source + end, 'i'), names, specificity: literal };
}

let compiled: CompiledWording[] | undefined;

function compiledWordings(): CompiledWording[] {
  compiled ??= apiErrorsData.errors.flatMap((wording) => wording.wordings.map((text) => compile(wording, text)));
  return compiled;
}

/** The most specific known wording in `message`, or `undefined` when reqlint does not know it. */
export function matchWording(message: string): WordingMatch | undefined {
  const text = normalizeErrorText(message);
  let best: WordingMatch | undefined;
  for (const candidate of compiledWordings()) {
    const match = candidate.pattern.exec(text);
    if (!match || (best && best.specificity >= candidate.specificity)) continue;
    const captures: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      captures[name] = match[index + 1]!;
    });
    best = { wording: candidate.wording, captures, specificity: candidate.specificity };
  }
  return best;
}
