import { defineRule, DEPRECATIONS } from '../../src/rule-api.js';

const deprecation = DEPRECATIONS['reasoning.generate_summary'];

/**
 * `reasoning.generate_summary` is deprecated in favour of `reasoning.summary` (api-facts §3.3), which
 * takes the same values, so the rename is a safe fix when `summary` is not set too.
 */
export default defineRule({
  id: 'deprecated/no-generate-summary',
  meta: {
    type: 'suggestion',
    description: '`reasoning.generate_summary` is deprecated; use `reasoning.summary`.',
    apis: deprecation.apis,
    triggers: ['reasoning'],
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      bothSet: '`{{param}}` is deprecated and `{{replacement}}` is already set; remove `{{param}}`.',
      remove: 'Remove `{{param}}` (`{{replacement}}` applies).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        const reasoning = value.reasoning;
        if (
          reasoning === undefined ||
          reasoning === null ||
          reasoning.generate_summary === undefined ||
          reasoning.generate_summary === null
        )
          return;
        const path = '/reasoning/generate_summary';
        const data = { param: context.nameOf(path), replacement: context.nameOf('/reasoning/summary'), advice: deprecation.advice };
        if (reasoning.summary !== undefined && reasoning.summary !== null) {
          context.report({ messageId: 'bothSet', data, path, suggestions: [{ messageId: 'remove', data, fix: [{ op: 'remove', path }] }] });
          return;
        }
        context.report({ messageId: 'deprecated', data, path, fix: [{ op: 'move', from: path, path: '/reasoning/summary' }] });
      },
    };
  },
});
