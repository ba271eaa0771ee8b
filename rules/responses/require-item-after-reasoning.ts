import { defineRule, isRecord } from '../../src/rule-api.js';

/**
 * When history is replayed by hand, a reasoning item must be followed by the item the model produced
 * after it (a message or a tool call); the API rejects a reasoning item on its own ("Item 'rs_…' of
 * type 'reasoning' was provided without its required following item", openai/openai-python#3009,
 * 2026-03; api-facts §2.1 input). A reasoning item at the end of `input`, or followed by another
 * reasoning item or by a user message, has lost its partner.
 */
export default defineRule({
  id: 'responses/require-item-after-reasoning',
  meta: {
    type: 'problem',
    description: 'A replayed reasoning item must be followed by the output item the model produced after it.',
    apis: ['responses'],
    triggers: ['input'],
    recommended: true,
    messages: {
      alone:
        'The reasoning item `{{id}}` at `input[{{index}}]` is not followed by the message or tool call the model produced after it{{next}}; the API rejects a reasoning item without its following item, so replay the two together or drop both.',
    },
  },
  create() {
    return {
      // The request node is dispatched only when the whole body passed the schema, so `input` is typed.
      request({ value }, context) {
        // A string `input` (one user message) has no items.
        if (!Array.isArray(value.input)) return;
        const input: readonly unknown[] = value.input;
        for (let index = 0; index < input.length; index++) {
          const item = input[index];
          if (!isRecord(item) || item.type !== 'reasoning') continue;
          const next = input[index + 1];
          if (isRecord(next) && followsReasoning(next)) continue;
          const what = !isRecord(next) ? ' (it is the last item)' : ` (${describe(next)} follows)`;
          context.report({
            messageId: 'alone',
            data: { id: typeof item.id === 'string' ? item.id : '?', index, next: what },
            path: `/input/${index}`,
            target: 'value',
          });
        }
      },
    };
  },
});

/** What the model may produce after reasoning: an assistant message or any call item. */
function followsReasoning(item: Record<string, unknown>): boolean {
  if (item.type === 'reasoning') return false;
  if (item.role !== undefined) return item.role === 'assistant';
  return (
    typeof item.type === 'string' &&
    (item.type.endsWith('_call') ||
      item.type === 'item_reference' ||
      item.type === 'mcp_list_tools' ||
      item.type === 'mcp_approval_request' ||
      item.type === 'program')
  );
}

function describe(item: Record<string, unknown>): string {
  if (typeof item.role === 'string') return `a \`${item.role}\` message`;
  return typeof item.type === 'string' ? `a \`${item.type}\` item` : 'another item';
}
