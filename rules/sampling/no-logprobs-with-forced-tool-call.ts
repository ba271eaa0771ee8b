import { defineRule } from '../../src/rule-api.js';

/**
 * Chat Completions returns log probabilities for message content and refusals only (the response's
 * `choices[].logprobs` has `content` and `refusal`, spec `CreateChatCompletionResponse`); tool call
 * arguments get none. When `tool_choice` forces a tool call, the answer is a tool call, so
 * `logprobs` asks for nothing and costs response size. Accepted by the API: a warning.
 */
export default defineRule({
  id: 'sampling/no-logprobs-with-forced-tool-call',
  meta: {
    type: 'suggestion',
    description: '`logprobs` has no effect when `tool_choice` forces a tool call.',
    apis: ['chat.completions'],
    triggers: ['logprobs'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      forced:
        '`{{logprobs}}` is true but `{{toolChoice}}` forces a tool call, and tool call arguments get no log probabilities; remove `{{logprobs}}` or let the model answer in text.',
      remove: 'Remove `{{logprobs}}` (and `top_logprobs`).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.logprobs !== true || !forcesToolCall(value.tool_choice)) return;
        if (!Array.isArray(value.tools) || value.tools.length === 0) return;
        // Where the model rejects `logprobs`, `sampling/no-unsupported-sampling-parameters` says so.
        if (context.model?.parameter('logprobs') === 'rejected') return;
        const data = { logprobs: context.nameOf('/logprobs'), toolChoice: context.nameOf('/tool_choice') };
        const fix = [
          { op: 'remove' as const, path: '/logprobs' },
          ...(Object.hasOwn(value, 'top_logprobs') ? [{ op: 'remove' as const, path: '/top_logprobs' }] : []),
        ];
        context.report({ messageId: 'forced', data, path: '/logprobs', suggestions: [{ messageId: 'remove', data, fix }] });
      },
    };
  },
});

/** `required`, a named tool, or `allowed_tools` in `required` mode: the model must call a tool. */
function forcesToolCall(choice: unknown): boolean {
  if (choice === 'required') return true;
  if (choice === null || typeof choice !== 'object') return false;
  const typed = choice as { type?: unknown; allowed_tools?: { mode?: unknown } };
  if (typed.type === 'allowed_tools') return typed.allowed_tools?.mode === 'required';
  return typed.type === 'function' || typed.type === 'custom';
}
