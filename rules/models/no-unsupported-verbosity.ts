import { defineRule, paramValue } from '../../src/rule-api.js';

/**
 * `verbosity` came with GPT-5; other models accept only its default: "Unsupported value: 'verbosity'
 * does not support 'low' with this model. Supported values are: 'medium'." (api-facts §3.4, §5 #21).
 */
export default defineRule({
  id: 'models/no-unsupported-verbosity',
  meta: {
    type: 'problem',
    description: '`verbosity` other than "medium" on a model without verbosity control.',
    apis: ['chat.completions', 'responses'],
    triggers: ['verbosity', 'text'],
    recommended: true,
    requiresModel: true,
    fixable: true,
    messages: {
      unsupported: '`{{param}}` is "{{value}}" but `{{model}}` only accepts "medium" (the default); remove it.',
    },
  },
  create() {
    return {
      request(request, context) {
        const found = paramValue(request, 'verbosity');
        if (found === undefined || found.value === 'medium') return;
        const model = context.model!;
        if (model.supports('verbosity') !== false) return;
        context.report({
          messageId: 'unsupported',
          data: { param: context.nameOf(found.path), value: String(found.value), model: model.requestedId },
          path: found.path,
          target: 'value',
          // The model always answers at medium verbosity; without the key it does exactly that.
          fix: [{ op: 'remove', path: found.path }],
        });
      },
    };
  },
});
