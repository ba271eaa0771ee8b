import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * Image, audio and file parts are input from the user: only `user` messages may carry them. The
 * request schema already rejects them elsewhere, but its findings are about the part's shape
 * ("missing the required key `text`", "unknown parameter `image_url`"); this rule says what is
 * actually wrong and replaces them. It cannot visit the failed message, so it reads the raw request.
 */
const USER_ONLY_PARTS: Readonly<Record<string, string>> = { image_url: 'an image part', input_audio: 'an audio part', file: 'a file part' };
const OTHER_ROLES = new Set(['system', 'developer', 'assistant', 'tool']);

export default defineRule({
  id: 'messages/user-only-content-parts',
  meta: {
    type: 'problem',
    description: 'Image, audio and file parts are allowed only in `user` messages.',
    apis: ['chat.completions'],
    triggers: ['messages'],
    recommended: true,
    messages: {
      userOnly:
        '`messages[{{index}}].content[{{part}}]` is {{kind}} in a `{{role}}` message, but only `user` messages may carry `{{type}}` parts; move it into a `user` message.',
    },
  },
  create() {
    return {
      // `document`: the offending message failed the schema, so it is never dispatched as a `message`.
      document({ value }, context) {
        const messages = value.messages;
        if (!Array.isArray(messages)) return;
        for (let index = 0; index < messages.length; index++) {
          const message: unknown = messages[index];
          if (message === null || typeof message !== 'object') continue;
          const { role, content } = message as Record<string, unknown>;
          if (typeof role !== 'string' || !OTHER_ROLES.has(role) || !Array.isArray(content)) continue;
          for (let partIndex = 0; partIndex < content.length; partIndex++) {
            const part: unknown = content[partIndex];
            const type = part !== null && typeof part === 'object' ? (part as Record<string, unknown>).type : undefined;
            if (typeof type !== 'string' || !Object.hasOwn(USER_ONLY_PARTS, type)) continue;
            context.report({
              messageId: 'userOnly',
              data: { index, part: partIndex, kind: USER_ONLY_PARTS[type]!, role, type },
              path: joinPointer('/messages', index, 'content', partIndex),
              target: 'value',
              explainsSchemaError: true,
            });
          }
        }
      },
    };
  },
});
