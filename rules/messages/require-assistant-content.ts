import { defineRule, joinPointer } from '../../src/rule-api.js';

/**
 * An assistant message may leave `content` out or `null` only when it carries `tool_calls` or a
 * (deprecated) `function_call` (spec `ChatCompletionRequestAssistantMessage`). Otherwise the API
 * answers 400 "Invalid value for 'content': expected a string, got null." (param `messages.[1].content`;
 * run-llama/llama_index#17921, 2025-02; openai/openai-cookbook#503, 2023-06). An `audio` reference
 * also stands in for content (the spec allows it for audio replies), so it is not flagged.
 */
export default defineRule({
  id: 'messages/require-assistant-content',
  meta: {
    type: 'problem',
    description: 'An assistant message needs `content` unless it has `tool_calls` or `function_call`.',
    apis: ['chat.completions'],
    recommended: true,
    messages: {
      nullContent:
        '`messages[{{index}}].content` is `null` but the message has no `tool_calls`; give it the text the assistant said, or remove the message.',
      missingContent:
        '`messages[{{index}}]` is an assistant message with neither `content` nor `tool_calls`; give it the text the assistant said, or remove the message.',
    },
  },
  create() {
    return {
      message(node, context) {
        const message = node.value;
        if (message.role !== 'assistant') return;
        if (message.content !== undefined && message.content !== null) return;
        const hasCalls = (message.tool_calls?.length ?? 0) > 0 || (message.function_call !== undefined && message.function_call !== null);
        // An empty `tool_calls` array is `messages/no-empty-tool-calls`'s finding: one problem, one report.
        if (hasCalls || (message.tool_calls !== undefined && message.tool_calls.length === 0)) return;
        if (message.audio !== undefined && message.audio !== null) return;
        if (message.content === null)
          context.report({
            messageId: 'nullContent',
            data: { index: node.index },
            path: joinPointer(node.path, 'content'),
            target: 'value',
          });
        else context.report({ messageId: 'missingContent', data: { index: node.index }, path: node.path, target: 'value' });
      },
    };
  },
});
