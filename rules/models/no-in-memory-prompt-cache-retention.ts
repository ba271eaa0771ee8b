import { defineRule } from '../../src/rule-api.js';

/**
 * The spec, on `prompt_cache_retention`: "For gpt-5.5, gpt-5.5-pro, and future models, only `24h` is
 * supported." (api-facts §1.1). The registry's `promptCacheRetentionInMemory` fact says which models.
 */
export default defineRule({
  id: 'models/no-in-memory-prompt-cache-retention',
  meta: {
    type: 'problem',
    description: '`prompt_cache_retention: "in_memory"` on a model that accepts only "24h".',
    apis: ['chat.completions', 'responses'],
    triggers: ['prompt_cache_retention'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      only24h: '`{{param}}` is "in_memory" but `{{model}}` accepts only "24h"; remove it or set it to "24h".',
      use24h: 'Set `{{param}}` to "24h" (cached prefixes may be kept for up to 24 hours).',
      remove: 'Remove `{{param}}` (the model uses its own retention, "24h").',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.prompt_cache_retention !== 'in_memory') return;
        const model = context.model!;
        if (model.supports('promptCacheRetentionInMemory') !== false) return;
        const path = '/prompt_cache_retention';
        const data = { param: context.nameOf(path), model: model.requestedId };
        context.report({
          messageId: 'only24h',
          data,
          path,
          target: 'value',
          suggestions: [
            { messageId: 'use24h', data, fix: [{ op: 'replace', path, value: '24h' }] },
            { messageId: 'remove', data, fix: [{ op: 'remove', path }] },
          ],
        });
      },
    };
  },
});
