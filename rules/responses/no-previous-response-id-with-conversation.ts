import { defineRule } from '../../src/rule-api.js';

/**
 * Both say where the conversation so far lives, and the API accepts only one: the spec's
 * `previous_response_id` "cannot be used in conjunction with `conversation`" (api-facts §2.1, §8 #13).
 */
export default defineRule({
  id: 'responses/no-previous-response-id-with-conversation',
  meta: {
    type: 'problem',
    description: '`previous_response_id` cannot be combined with `conversation`.',
    apis: ['responses'],
    triggers: ['conversation'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      both: '`{{previous}}` is set together with `{{conversation}}`, but the API accepts only one; keep `{{conversation}}` to continue the stored conversation, or remove it to chain from the previous response.',
      removePrevious: 'Remove `{{previous}}` (the conversation supplies the history).',
      removeConversation:
        'Remove `{{conversation}}` (the previous response supplies the history; outputs are no longer added to the conversation).',
    },
  },
  create() {
    return {
      // `document`: an unrelated schema error elsewhere in the body must not hide this one.
      document({ value }, context) {
        if (value.previous_response_id == null || value.conversation == null) return;
        const data = { previous: context.nameOf('/previous_response_id'), conversation: context.nameOf('/conversation') };
        context.report({
          messageId: 'both',
          data,
          path: '/previous_response_id',
          suggestions: [
            { messageId: 'removePrevious', data, fix: [{ op: 'remove', path: '/previous_response_id' }] },
            { messageId: 'removeConversation', data, fix: [{ op: 'remove', path: '/conversation' }] },
          ],
        });
      },
    };
  },
});
