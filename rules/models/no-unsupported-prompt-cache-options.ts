import { defineRule } from '../../src/rule-api.js';

/**
 * The spec says of `prompt_cache_options`: "Supported for gpt-5.6 and later models." (api-facts
 * §1.1). Whether older models reject the object or ignore it is not recorded, so this is a warning:
 * on those models the options do nothing, and automatic caching behaves as it always did.
 */
export default defineRule({
  id: 'models/no-unsupported-prompt-cache-options',
  meta: {
    type: 'suggestion',
    description: '`prompt_cache_options` on a model that predates it.',
    apis: ['chat.completions', 'responses'],
    triggers: ['prompt_cache_options'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      unsupported:
        '`{{param}}` is set but `{{model}}` does not support prompt cache options, so they have no effect; remove them (the deprecated `prompt_cache_retention` is what older models take).',
      remove: 'Remove `{{param}}` (automatic prompt caching still applies).',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.prompt_cache_options === undefined || value.prompt_cache_options === null) return;
        const model = context.model!;
        if (model.supports('promptCacheOptions') !== false) return;
        const data = { param: context.nameOf('/prompt_cache_options'), model: model.requestedId };
        context.report({
          messageId: 'unsupported',
          data,
          path: '/prompt_cache_options',
          suggestions: [{ messageId: 'remove', data, fix: [{ op: 'remove', path: '/prompt_cache_options' }] }],
        });
      },
    };
  },
});
