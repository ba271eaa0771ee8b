import { defineRule, DEPRECATIONS } from '../../src/rule-api.js';

/**
 * 400 "Unsupported parameter: 'max_tokens' is not supported with this model. Use
 * 'max_completion_tokens' instead." on every o-series and GPT-5 model (api-facts §3.2, §5 #9).
 */
export default defineRule({
  id: 'reasoning/no-max-tokens-on-reasoning-model',
  meta: {
    type: 'problem',
    description: 'Reasoning models reject `max_tokens`; use `max_completion_tokens`.',
    apis: ['chat.completions'],
    triggers: ['max_tokens'],
    recommended: true,
    requiresModel: true,
    fixable: true,
    messages: {
      useMaxCompletionTokens:
        '`{{param}}` is not supported by `{{model}}`; rename it to `{{replacement}}` (which also counts reasoning tokens).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.max_tokens === undefined || value.max_tokens === null) return;
        if (context.model?.parameter('max_tokens') !== 'rejected') return;
        const [replacement] = DEPRECATIONS.max_tokens.replacements;
        const data = { param: context.nameOf('/max_tokens'), model: context.model.requestedId, replacement };
        // Both caps at once is a rejection on every model, `params/no-max-tokens-with-max-completion-tokens`'s to report.
        if (value.max_completion_tokens !== undefined && value.max_completion_tokens !== null) return;
        context.report({
          messageId: 'useMaxCompletionTokens',
          data,
          path: '/max_tokens',
          // The same limit under the name these models accept (the API's own error says to do this).
          fix: [{ op: 'move', from: '/max_tokens', path: `/${replacement}` }],
        });
      },
    };
  },
});
