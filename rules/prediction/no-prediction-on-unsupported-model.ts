import { defineRule } from '../../src/rule-api.js';

/**
 * Predicted Outputs work only on the GPT-4o and GPT-4.1 series (api-facts §1.6, PRED-GUIDE); the
 * registry's `prediction` fact says which models. The facts sheet lists this among the combinations
 * the API rejects (§8 #12).
 */
export default defineRule({
  id: 'prediction/no-prediction-on-unsupported-model',
  meta: {
    type: 'problem',
    description: '`prediction` (Predicted Outputs) on a model that does not support it.',
    apis: ['chat.completions'],
    triggers: ['prediction'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      unsupported: '`{{param}}` is set but `{{model}}` does not support Predicted Outputs; remove it, or use a model that does.',
      remove: 'Remove `{{param}}` (the answer is generated without a prediction, possibly more slowly).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.prediction === undefined || value.prediction === null) return;
        const model = context.model!;
        if (model.supports('prediction') !== false) return;
        const data = { param: context.nameOf('/prediction'), model: model.requestedId };
        context.report({
          messageId: 'unsupported',
          data,
          path: '/prediction',
          suggestions: [{ messageId: 'remove', data, fix: [{ op: 'remove', path: '/prediction' }] }],
        });
      },
    };
  },
});
