import { defineRule } from '../../src/rule-api.js';

/**
 * Chat Completions accepts `metadata` only for stored completions: "The 'metadata' parameter is only
 * allowed when 'store' is enabled." (api-facts §1.1, §5 #23). Unlike the Responses API, where `store`
 * defaults to true and no such check is reported.
 */
export default defineRule({
  id: 'store/no-metadata-without-store',
  meta: {
    type: 'problem',
    description: '`metadata` on Chat Completions requires `store: true`.',
    apis: ['chat.completions'],
    triggers: ['metadata'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      notStored:
        '`{{metadata}}` is set but `{{store}}` is not true, and Chat Completions only accepts metadata on stored completions; set `{{store}}: true` or remove `{{metadata}}`.',
      setStore: 'Set `{{store}}` to true (the completion is stored by OpenAI, e.g. for evals and distillation).',
      remove: 'Remove `{{metadata}}`.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.metadata === undefined || value.metadata === null || value.store === true) return;
        const data = { metadata: context.nameOf('/metadata'), store: context.nameOf('/store') };
        context.report({
          messageId: 'notStored',
          data,
          path: '/metadata',
          suggestions: [
            { messageId: 'setStore', data, fix: [{ op: Object.hasOwn(value, 'store') ? 'replace' : 'add', path: '/store', value: true }] },
            { messageId: 'remove', data, fix: [{ op: 'remove', path: '/metadata' }] },
          ],
        });
      },
    };
  },
});
