import { defineRule, DEPRECATIONS } from '../../src/rule-api.js';

const deprecation = DEPRECATIONS.truncation;

/**
 * Responses' `truncation` is deprecated (api-facts §2.1); `context_management` (compaction) is the
 * newer way to keep a long conversation within the context window. `"disabled"` is the default, so
 * removing it changes nothing (a safe fix); `"auto"` drops early items, which compaction does not do
 * the same way, so there is no rewrite for it.
 */
export default defineRule({
  id: 'deprecated/no-truncation',
  meta: {
    type: 'suggestion',
    description: '`truncation` (Responses) is deprecated; use `context_management`.',
    apis: deprecation.apis,
    triggers: ['truncation'],
    recommended: true,
    fixable: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      defaultValue: '`{{param}}` is deprecated and "disabled" is its default anyway; remove it.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.truncation === undefined || value.truncation === null) return;
        const data = { param: context.nameOf('/truncation'), advice: deprecation.advice };
        if (value.truncation === 'disabled')
          context.report({ messageId: 'defaultValue', data, path: '/truncation', fix: [{ op: 'remove', path: '/truncation' }] });
        else context.report({ messageId: 'deprecated', data, path: '/truncation' });
      },
    };
  },
});
