import { defineRule, isRecord, type JsonPatch } from '../../src/rule-api.js';

/**
 * Reasoning items replayed in `input` can go only to a model that reasons: "Reasoning input items
 * can only be provided to a reasoning or computer use model. Remove reasoning items from your input
 * and try again." (api-facts §5 #45). Typical when a conversation started on a reasoning model is
 * continued on another, with its whole history replayed.
 */
export default defineRule({
  id: 'reasoning/no-reasoning-items-on-non-reasoning-model',
  meta: {
    type: 'problem',
    description: 'Reasoning items in the `input` of a model that does not reason.',
    apis: ['responses'],
    triggers: ['input'],
    recommended: true,
    requiresModel: true,
    fixable: true,
    messages: {
      notReasoning:
        '`{{item}}` is a reasoning item, but `{{model}}` does not reason, and the API accepts reasoning items only for models that do{{others}}; remove them.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const model = context.model!;
        if (model.isReasoning !== false || !Array.isArray(value.input)) return;
        const items: readonly unknown[] = value.input;
        const positions = items.flatMap((item, index) => (isRecord(item) && item.type === 'reasoning' ? [index] : []));
        if (positions.length === 0) return;
        const first = positions[0]!;
        const more = positions.length - 1;
        // Last first, so that each removal leaves the positions of the others as they are.
        const fix: JsonPatch = positions.toReversed().map((index) => ({ op: 'remove', path: `/input/${index}` }));
        context.report({
          messageId: 'notReasoning',
          data: {
            item: context.nameOf(`/input/${first}`),
            model: model.requestedId,
            others: more === 0 ? '' : ` (and ${more} more in \`input\`)`,
          },
          path: `/input/${first}`,
          target: 'value',
          // The model cannot read them: the request without them is what it would answer anyway.
          fix,
        });
      },
    };
  },
});
