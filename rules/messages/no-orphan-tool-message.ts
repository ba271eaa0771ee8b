import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * The API answers 400 "Invalid parameter: messages with role 'tool' must be a response to a preceeding
 * message with 'tool_calls'." (api-facts §5 #28), and "Invalid parameter: 'tool_call_id' of '…' not
 * found in 'tool_calls' of previous message." when the id is not one the assistant message issued
 * (dapr/dapr-agents#145, 2025-06). Tool answers must follow their assistant message directly (other
 * tool answers in between are fine), so a history that drops or reorders turns breaks this.
 */
export default defineRule({
  id: 'messages/no-orphan-tool-message',
  meta: {
    type: 'problem',
    description: 'A `tool` message must answer a tool call of the assistant message right before it.',
    apis: ['chat.completions'],
    recommended: true,
    messages: {
      orphan:
        '`messages[{{index}}]` is a `tool` message but {{previous}}; put it right after the assistant message whose `tool_calls` it answers, or remove it.',
      unknownId:
        '`messages[{{index}}].tool_call_id` is "{{id}}" but `messages[{{owner}}].tool_calls` has no call with that id (it has {{ids}}); use the id of the call this message answers.',
    },
  },
  create() {
    return {
      message(node, context) {
        if (node.value.role !== 'tool') return;
        // The node itself passed the schema; its neighbours may not have, so they are read defensively.
        const messages: readonly unknown[] = Array.isArray(context.raw.messages) ? context.raw.messages : [];
        let owner = node.index - 1;
        while (owner >= 0 && roleOf(messages[owner]) === 'tool') owner--;
        const ids = owner >= 0 ? toolCallIds(messages[owner]) : [];
        if (ids.length === 0) {
          const previous =
            owner < 0
              ? 'no assistant message with `tool_calls` comes before it'
              : `the message before it (\`messages[${owner}]\`, role \`${roleOf(messages[owner]) ?? 'unknown'}\`) has no \`tool_calls\``;
          context.report({
            messageId: 'orphan',
            data: { index: node.index, previous },
            path: joinPointer(node.path, 'role'),
            target: 'value',
          });
          return;
        }
        const id = node.value.tool_call_id;
        if (ids.includes(id)) return;
        context.report({
          messageId: 'unknownId',
          data: { index: node.index, id, owner, ids: ids.map((i) => `"${i}"`).join(', ') },
          path: joinPointer(node.path, 'tool_call_id'),
          target: 'value',
        });
      },
    };
  },
});

function roleOf(message: unknown): unknown {
  return message !== null && typeof message === 'object' ? (message as Record<string, unknown>).role : undefined;
}

/** The string ids of an assistant message's tool calls; empty for anything else. */
function toolCallIds(message: unknown): string[] {
  if (roleOf(message) !== 'assistant') return [];
  const calls = (message as Record<string, unknown>).tool_calls;
  if (!Array.isArray(calls)) return [];
  const ids: string[] = [];
  for (const call of calls as unknown[]) {
    const id = call !== null && typeof call === 'object' ? (call as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}
