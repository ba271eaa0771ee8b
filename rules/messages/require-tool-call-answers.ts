import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * The API answers 400 "An assistant message with 'tool_calls' must be followed by tool messages
 * responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: …"
 * (api-facts §5 #29). Every call needs a `tool` message before the next message of any other role.
 */
export default defineRule({
  id: 'messages/require-tool-call-answers',
  meta: {
    type: 'problem',
    description: 'Every tool call of an assistant message must be answered by a `tool` message before the next non-tool message.',
    apis: ['chat.completions'],
    recommended: true,
    messages: {
      unanswered:
        '`messages[{{index}}].tool_calls[{{call}}]` (id "{{id}}") gets no `tool` message {{where}}; add a `tool` message with `"tool_call_id": "{{id}}"` right after `messages[{{index}}]`.',
    },
  },
  create() {
    return {
      message(node, context) {
        if (node.value.role !== 'assistant' || node.value.tool_calls === undefined) return;
        // The answers that follow may have failed the schema (and not be dispatched), so read them raw.
        const messages: readonly unknown[] = Array.isArray(context.raw.messages) ? context.raw.messages : [];
        const answered = new Set<unknown>();
        let next = node.index + 1;
        for (; next < messages.length; next++) {
          const message = messages[next];
          if (message === null || typeof message !== 'object' || (message as Record<string, unknown>).role !== 'tool') break;
          answered.add((message as Record<string, unknown>).tool_call_id);
        }
        const where = next < messages.length ? `before \`messages[${next}]\`` : 'after it (the conversation ends there)';
        node.value.tool_calls.forEach((call, index) => {
          if (answered.has(call.id)) return;
          context.report({
            messageId: 'unanswered',
            data: { index: node.index, call: index, id: call.id, where },
            path: joinPointer(node.path, 'tool_calls', index),
            target: 'value',
          });
        });
      },
    };
  },
});
