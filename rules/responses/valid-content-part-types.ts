import { defineRule, isRecord, textPartAs, type JsonPatch } from '../../src/rule-api.js';

const INPUT_PARTS = ['input_text', 'input_image', 'input_file'];
const OUTPUT_PARTS = ['output_text', 'refusal'];
/** The part types each place takes (api-facts §5 #43), and the text part to retype a wrong text part into. */
const PLACES = {
  assistant: { allowed: OUTPUT_PARTS, refused: INPUT_PARTS, textPart: 'output_text' },
  input: { allowed: INPUT_PARTS, refused: OUTPUT_PARTS, textPart: 'input_text' },
} as const;
const TOOL_OUTPUTS = new Set(['function_call_output', 'custom_tool_call_output']);
const listOf = (types: readonly string[]) => {
  const named = types.map((type) => `\`${type}\``);
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
};

/**
 * The Responses API takes different content parts by place: a `user`, `system` or `developer` message
 * and a tool result hold `input_*` parts, an assistant message (replayed model output) holds
 * `output_text` and `refusal`. A part of the other kind is refused ("Invalid value: 'input_text'.
 * Supported values are: 'output_text' and 'refusal'.", api-facts §5 #43), and chat-to-Responses
 * converters get it wrong often. The schema, like the spec, takes every part in every message, so
 * only this rule reports it; it reads the raw body, and replaces any schema finding inside the part.
 */
export default defineRule({
  id: 'responses/valid-content-part-types',
  meta: {
    type: 'problem',
    description:
      'A content part of the wrong kind for its place: `input_text` in an assistant message, `output_text` in a user message or tool result.',
    apis: ['responses'],
    triggers: ['input'],
    recommended: true,
    fixable: true,
    messages: {
      wrongPart: '{{where}} cannot hold `{{type}}` parts: the API takes only {{allowed}} there{{advice}}.',
    },
  },
  create() {
    return {
      // The raw body: a wrong part may fail the schema too (an `input_text` with an `output_text`'s keys).
      document({ value: body }, context) {
        if (!Array.isArray(body.input)) return;
        body.input.forEach((item: unknown, index: number) => {
          if (!isRecord(item)) return;
          const itemPath = `/input/${index}`;
          if (typeof item.role === 'string' && (item.type === undefined || item.type === 'message')) {
            const place = item.role === 'assistant' ? 'assistant' : 'input';
            const where = item.role === 'assistant' ? 'An assistant message' : `A \`${item.role}\` message`;
            checkParts(item.content, `${itemPath}/content`, place, where);
          } else if (typeof item.type === 'string' && TOOL_OUTPUTS.has(item.type)) {
            checkParts(item.output, `${itemPath}/output`, 'input', 'A tool result');
          }
        });

        function checkParts(parts: unknown, listPath: string, place: keyof typeof PLACES, where: string): void {
          if (!Array.isArray(parts)) return;
          const { allowed, refused, textPart } = PLACES[place];
          parts.forEach((part: unknown, index: number) => {
            if (!isRecord(part) || typeof part.type !== 'string' || !(refused as readonly string[]).includes(part.type)) return;
            const path = `${listPath}/${index}`;
            const retyped = textPartAs(part, textPart);
            const fix: JsonPatch | undefined = retyped && [{ op: 'replace', path, value: retyped }];
            context.report({
              messageId: 'wrongPart',
              data: { where, type: part.type, allowed: listOf(allowed), advice: fix ? `; make it \`${textPart}\`` : '' },
              path,
              target: 'value',
              explainsSchemaError: true,
              ...(fix ? { fix } : {}),
            });
          });
        }
      },
    };
  },
});
