import { defineRule, param } from '../../src/rule-api.js';

/**
 * 400 "Unsupported parameter: 'reasoning_effort' is not supported with this model." (Chat) /
 * "'reasoning.effort' is not supported with this model." (Responses) — api-facts §3.2, §5 #16-17.
 */
export default defineRule({
  id: 'reasoning/no-reasoning-effort-on-non-reasoning-model',
  meta: {
    type: 'problem',
    description: 'Reasoning options are rejected by models that do not reason.',
    apis: ['chat.completions', 'responses'],
    triggers: ['reasoning_effort', 'reasoning'],
    recommended: true,
    requiresModel: true,
    fixable: true,
    messages: {
      notReasoning:
        '`{{param}}` is set but `{{model}}` is not a reasoning model, and the API rejects it; remove it or use a reasoning model.',
    },
  },
  create() {
    return {
      request(request, context) {
        if (context.model?.isReasoning !== false) return;
        const effort = param(request, 'reasoningEffort');
        if (effort === undefined || effort.value === null) return;
        context.report({
          messageId: 'notReasoning',
          data: { param: context.nameOf(effort.path), model: context.model.requestedId },
          path: effort.path,
          // The model cannot reason, so the request without the effort behaves as it always would have.
          fix: [{ op: 'remove', path: effort.path }],
        });
      },
    };
  },
});
