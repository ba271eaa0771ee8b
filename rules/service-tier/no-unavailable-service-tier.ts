import { defineRule, paramValue, type ServiceTier } from '../../src/rule-api.js';

/**
 * Flex and priority (fast) processing are offered for some models only (api-facts §1.8). How the
 * public API answers a tier a model lacks is not settled by the sources (vercel/ai drops the tier with
 * a warning; the only error text seen is from the Codex backend), so this is a warning. `auto` and
 * `default` are always fine; `fast` is the same tier as `priority`; `scale` is an account contract the
 * registry does not track per model, so it is never reported.
 */
export default defineRule({
  id: 'service-tier/no-unavailable-service-tier',
  meta: {
    type: 'suggestion',
    description: '`service_tier` asks for a processing tier the model does not offer.',
    apis: ['chat.completions', 'responses'],
    triggers: ['service_tier'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      unavailable:
        '`{{param}}` is "{{tier}}" but `{{model}}` does not offer that tier; use "auto" or "default", or a model that offers {{tierName}} processing.',
      useAuto: 'Set `{{param}}` to "auto" (the project default tier is used).',
    },
  },
  create() {
    return {
      request(request, context) {
        const found = paramValue(request, 'serviceTier');
        if (found === undefined || typeof found.value !== 'string') return;
        const model = context.model!;
        const tier = found.value as ServiceTier;
        if (model.serviceTier?.(tier) !== false) return;
        const data = { param: context.nameOf(found.path), tier, model: model.requestedId, tierName: tier === 'fast' ? 'priority' : tier };
        context.report({
          messageId: 'unavailable',
          data,
          path: found.path,
          target: 'value',
          suggestions: [{ messageId: 'useAuto', data, fix: [{ op: 'replace', path: found.path, value: 'auto' }] }],
        });
      },
    };
  },
});
