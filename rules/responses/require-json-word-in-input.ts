import { contentMentionsJson, defineRule } from '../../src/rule-api.js';

/**
 * JSON mode on Responses needs the word "json" in the *input messages*; `instructions` alone do not
 * count. The API answers 400 "Response input messages must contain the word 'json' in some form to
 * use 'text.format' of type 'json_object'." (api-facts §5 #7). A string `input` is one user message.
 */
export default defineRule({
  id: 'responses/require-json-word-in-input',
  meta: {
    type: 'problem',
    description: 'JSON mode (`text.format` `json_object`) needs the word "json" in an input message; `instructions` do not count.',
    apis: ['responses'],
    recommended: true,
    messages: {
      noJsonWord:
        'The output format `{{format}}` is "json_object" but no input message contains the word "json"{{instructionsNote}}; the API requires it, so say in an input message that the reply must be JSON.',
    },
  },
  create() {
    return {
      textFormat(node, context) {
        if (node.value.type !== 'json_object') return;
        // Raw input: one item failing the schema must not hide the word in it.
        const input: unknown = context.raw.input;
        // No input at all: the messages come from elsewhere (a stored `prompt`, or LangChain call-time messages).
        if (input === undefined) return;
        if (typeof input === 'string' ? /json/i.test(input) : Array.isArray(input) && input.some(mentionsJson)) return;
        const instructions = context.raw.instructions;
        const instructionsNote =
          typeof instructions === 'string' && /json/i.test(instructions) ? ' (`instructions` mention it, but they do not count)' : '';
        context.report({
          messageId: 'noJsonWord',
          data: { instructionsNote, format: formatName(context.nameOf('/text/format')) },
          path: '/text/format/type',
          target: 'value',
        });
      },
    };
  },
});

/** On the wire the key is `format` inside `text`; a client dialect names its own key (`response_format`). */
function formatName(name: string): string {
  return name === 'format' ? 'text.format' : name;
}

function mentionsJson(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return false;
  const record = item as Record<string, unknown>;
  if (record.role === undefined) return false; // only messages count
  return contentMentionsJson(record.content);
}
