import { defineRule, isRecord } from '../../src/rule-api.js';

/**
 * A `function_call_output` answers the call with its `call_id`, and the Responses API looks for that
 * call in what comes before it: earlier `input` items, or the stored conversation that
 * `previous_response_id` or `conversation` names. With neither, an output whose call is not earlier in
 * `input` is refused: "No tool call found for function call output with call_id call_…." (`param:
 * input`, api-facts §5 #44). The rule stays silent when it cannot see every item: a stored prompt, or
 * an `item_reference` that may stand for the call.
 */
export default defineRule({
  id: 'responses/no-orphan-function-call-output',
  meta: {
    type: 'problem',
    description: 'A `function_call_output` whose call is not earlier in `input`, with no stored conversation to hold it.',
    apis: ['responses'],
    triggers: ['input'],
    recommended: true,
    messages: {
      noCall:
        '`{{item}}` answers call `{{callId}}`, but no earlier item is that call, and there is no `previous_response_id` or `conversation` to hold it; replay the call item before its output, or chain from the response that made it.',
      callComesLater:
        '`{{item}}` answers call `{{callId}}`, which comes later, at `{{call}}`; the API reads `input` in order, so move the output after its call.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (!Array.isArray(value.input) || isSet(value.previous_response_id) || isSet(value.conversation) || isSet(value.prompt)) return;
        const items: readonly unknown[] = value.input;
        if (items.some(isItemReference)) return;
        const callAt = new Map<string, number>();
        items.forEach((item, index) => {
          if (isRecord(item) && isCall(item) && typeof item.call_id === 'string' && !callAt.has(item.call_id))
            callAt.set(item.call_id, index);
        });
        items.forEach((item, index) => {
          if (!isRecord(item) || item.type !== 'function_call_output' || typeof item.call_id !== 'string') return;
          const call = callAt.get(item.call_id);
          if (call !== undefined && call < index) return;
          const data = { item: context.nameOf(`/input/${index}`), callId: item.call_id };
          if (call === undefined) context.report({ messageId: 'noCall', data, path: `/input/${index}/call_id`, target: 'value' });
          else
            context.report({
              messageId: 'callComesLater',
              data: { ...data, call: context.nameOf(`/input/${call}`) },
              path: `/input/${index}/call_id`,
              target: 'value',
            });
        });
      },
    };
  },
});

const isSet = (value: unknown): boolean => value !== undefined && value !== null;

/** Any call item with a `call_id` (function, custom, shell, computer...): an output names only its id. */
function isCall(item: Readonly<Record<string, unknown>>): boolean {
  return typeof item.type === 'string' && item.type.endsWith('_call');
}

/** An `item_reference` (its `type` may be omitted: then it is an item with an `id` and nothing else that names a kind). */
function isItemReference(item: unknown): boolean {
  if (!isRecord(item)) return false;
  return item.type === 'item_reference' || (item.type === undefined && item.role === undefined && typeof item.id === 'string');
}
