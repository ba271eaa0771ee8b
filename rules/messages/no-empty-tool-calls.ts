import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * The API answers 400 "Invalid 'messages[2].tool_calls': empty array. Expected an array with minimum
 * length 1, but got an empty array instead." (code `empty_array`; home-assistant/core#118577,
 * 2024-05; openai/openai-node#1341, 2025-02). Client code that always serialises the list sends this
 * for every assistant turn that called no tool.
 */
export default defineRule({
  id: 'messages/no-empty-tool-calls',
  meta: {
    type: 'problem',
    description: 'An assistant message must not have an empty `tool_calls` array.',
    apis: ['chat.completions'],
    recommended: true,
    fixable: true,
    messages: {
      empty: '`messages[{{index}}].tool_calls` is an empty array, which the API rejects; remove the key when the turn made no tool calls.',
    },
  },
  create() {
    return {
      message(node, context) {
        if (node.value.role !== 'assistant' || node.value.tool_calls === undefined || node.value.tool_calls.length > 0) return;
        const path = joinPointer(node.path, 'tool_calls');
        // Without content the message would still be invalid after removal (null content needs tool
        // calls), so the fix is offered only when it leaves a valid message.
        const hasContent = node.value.content !== undefined && node.value.content !== null;
        context.report({
          messageId: 'empty',
          data: { index: node.index },
          path,
          target: 'value',
          ...(hasContent ? { fix: [{ op: 'remove', path }] } : {}),
        });
      },
    };
  },
});
