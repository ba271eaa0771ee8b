import { isRecord } from './json-value.js';

/** The three names of a text part: Chat's `text`, and the Responses API's input and output text. */
export type TextPartType = 'text' | 'input_text' | 'output_text';

/**
 * A text part as another kind of text part, with the same words: `undefined` when `part` is no text
 * part, or holds something beside its text that the other kind has no place for (a cache breakpoint).
 * An output part's `annotations` and `logprobs` only describe model output, so they may go; an
 * `output_text` is given the empty `annotations` the spec lists. The rules that rewrite a part
 * written for the wrong API or the wrong role all read text parts through this.
 */
export function textPartAs(part: unknown, type: TextPartType): Record<string, unknown> | undefined {
  if (!isRecord(part) || typeof part.text !== 'string') return undefined;
  const droppable = part.type === 'output_text' ? ['annotations', 'logprobs'] : [];
  if (part.type !== 'text' && part.type !== 'input_text' && part.type !== 'output_text') return undefined;
  if (Object.keys(part).some((key) => key !== 'type' && key !== 'text' && !droppable.includes(key))) return undefined;
  return type === 'output_text' ? { type, text: part.text, annotations: [] } : { type, text: part.text };
}
