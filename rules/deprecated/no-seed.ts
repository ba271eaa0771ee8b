import { defineRule, DEPRECATIONS } from '../../src/rule-api.js';

const deprecation = DEPRECATIONS.seed;

/** `seed` is deprecated (a Beta feature; api-facts §1.1) and the API names no replacement. */
export default defineRule({
  id: 'deprecated/no-seed',
  meta: {
    type: 'suggestion',
    description: '`seed` is deprecated and has no replacement.',
    apis: ['chat.completions'],
    triggers: ['seed'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      remove: 'Remove `{{param}}` (sampling is no longer seeded, best effort as it was).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.seed === undefined || value.seed === null) return;
        const data = { param: context.nameOf('/seed'), advice: deprecation.advice };
        context.report({
          messageId: 'deprecated',
          data,
          path: '/seed',
          suggestions: [{ messageId: 'remove', data, fix: [{ op: 'remove', path: '/seed' }] }],
        });
      },
    };
  },
});
