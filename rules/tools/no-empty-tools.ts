import { defineRule } from '../../src/rule-api.js';

/**
 * The API answers 400 "Invalid 'tools': empty array. Expected an array with minimum length 1, but got
 * an empty array instead." (continuedev/continue#3370, 2024-12, gpt-4o; dnakov/anon-kode#20, 2025-03).
 * Code that builds the tool list conditionally sends this when no tool applies.
 */
export default defineRule({
  id: 'tools/no-empty-tools',
  meta: {
    type: 'problem',
    description: '`tools` must not be an empty array; leave it out instead.',
    apis: ['chat.completions'],
    triggers: ['tools'],
    recommended: true,
    fixable: true,
    messages: {
      empty: '`{{param}}` is an empty array, which the API rejects; leave `{{param}}` out when there are no tools.',
    },
  },
  create() {
    return {
      request(request, context) {
        if (request.api !== 'chat.completions') return;
        const tools = request.value.tools;
        if (tools === undefined || tools.length > 0) return;
        // An empty list offers nothing, so removing it keeps the request's meaning.
        context.report({
          messageId: 'empty',
          data: { param: context.nameOf('/tools') },
          path: '/tools',
          target: 'value',
          fix: [{ op: 'remove', path: '/tools' }],
        });
      },
    };
  },
});
