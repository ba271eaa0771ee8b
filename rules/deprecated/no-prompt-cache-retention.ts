import { defineRule, DEPRECATIONS } from '../../src/rule-api.js';

const deprecation = DEPRECATIONS.prompt_cache_retention;

/**
 * `prompt_cache_retention` is deprecated in favour of `prompt_cache_options.ttl` (api-facts §1.1). The
 * spec says the two "are independent and do not interact" (one is a maximum retention, the other a
 * minimum lifetime), so there is no rewrite. On a model without `prompt_cache_options` there is nothing
 * to move to, and the rule is silent.
 */
export default defineRule({
  id: 'deprecated/no-prompt-cache-retention',
  meta: {
    type: 'suggestion',
    description: '`prompt_cache_retention` is deprecated; use `prompt_cache_options.ttl`.',
    apis: ['chat.completions', 'responses'],
    triggers: ['prompt_cache_retention'],
    recommended: true,
    hasSuggestions: true,
    messages: {
      deprecated: '`{{param}}` is deprecated; {{advice}}.',
      remove: 'Remove `{{param}}` (the organisation default retention applies).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.prompt_cache_retention === undefined || value.prompt_cache_retention === null) return;
        if (context.model?.supports('promptCacheOptions') === false) return;
        // "in_memory" on a model that accepts only "24h" is an error from
        // `models/no-in-memory-prompt-cache-retention` at the same key: that is the finding to act on.
        if (value.prompt_cache_retention === 'in_memory' && context.model?.supports('promptCacheRetentionInMemory') === false) return;
        const path = '/prompt_cache_retention';
        const data = { param: context.nameOf(path), advice: deprecation.advice };
        context.report({
          messageId: 'deprecated',
          data,
          path,
          suggestions: [{ messageId: 'remove', data, fix: [{ op: 'remove', path }] }],
        });
      },
    };
  },
});
