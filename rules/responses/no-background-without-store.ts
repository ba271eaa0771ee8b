import { defineRule } from '../../src/rule-api.js';

/**
 * A background response is polled for later, so it must be stored: the background-mode guide ties
 * `background: true` to `store: true` (api-facts §2.1 `background`, a secondary source; the exact
 * 400 wording is not known, §10 #1). `store` defaults to true, so only an explicit `false` is reported.
 */
export default defineRule({
  id: 'responses/no-background-without-store',
  meta: {
    type: 'problem',
    description: '`background: true` needs the response to be stored (`store` not `false`).',
    apis: ['responses'],
    triggers: ['background'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      notStored:
        '`{{background}}` is true but `{{store}}` is false; a background response must be stored so it can be polled, so remove `{{store}}` (it defaults to true) or run the request in the foreground.',
      removeStore: 'Remove `{{store}}` so the response is stored (kept for at least 30 days).',
      foreground: 'Remove `{{background}}` and wait for the response instead.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.background !== true || value.store !== false) return;
        const data = { background: context.nameOf('/background'), store: context.nameOf('/store') };
        context.report({
          messageId: 'notStored',
          data,
          path: '/store',
          target: 'value',
          suggestions: [
            { messageId: 'removeStore', data, fix: [{ op: 'remove', path: '/store' }] },
            { messageId: 'foreground', data, fix: [{ op: 'remove', path: '/background' }] },
          ],
        });
      },
    };
  },
});
