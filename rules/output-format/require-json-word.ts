import { contentMentionsJson, defineRule } from '../../src/rule-api.js';

/**
 * JSON mode only works when the conversation asks for JSON; the API answers 400 "'messages' must
 * contain the word 'json' in some form, to use 'response_format' of type 'json_object'."
 * (api-facts §5 #6). Any message counts, in any case ("JSON", "json"), as text or a text part.
 */
export default defineRule({
  id: 'output-format/require-json-word',
  meta: {
    type: 'problem',
    description: 'JSON mode (`json_object`) needs the word "json" in some message.',
    apis: ['chat.completions'],
    recommended: true,
    messages: {
      noJsonWord:
        '`response_format.type` is "json_object" but no message contains the word "json"; the API requires it, so say in a message (e.g. the system message) that the reply must be JSON.',
    },
  },
  create() {
    return {
      responseFormat(node, context) {
        if (node.value.type !== 'json_object') return;
        // Read the raw messages: one message failing the schema must not hide the word in it.
        // Without messages (client-library options such as LangChain's, which get the conversation
        // at call time) there is nothing to check, and the schema reports a missing `messages`.
        if (!Array.isArray(context.raw.messages)) return;
        if (context.raw.messages.some(mentionsJson)) return;
        context.report({ messageId: 'noJsonWord', path: '/response_format/type', target: 'value' });
      },
    };
  },
});

function mentionsJson(message: unknown): boolean {
  return message !== null && typeof message === 'object' && contentMentionsJson((message as Record<string, unknown>).content);
}
