import { defineRule } from '../../src/rule-api.js';

/**
 * `web_search_options` is for the search models only (api-facts §1.7); litellm drops it for ordinary
 * models. Whether the API rejects it or ignores it is not recorded (§10.1), so this is a warning:
 * either way the request gets no web search.
 */
export default defineRule({
  id: 'search/no-web-search-options-on-non-search-model',
  meta: {
    type: 'suggestion',
    description: '`web_search_options` only works with the search models.',
    apis: ['chat.completions'],
    triggers: ['web_search_options'],
    recommended: true,
    requiresModel: true,
    hasSuggestions: true,
    messages: {
      notSearchModel:
        '`{{param}}` is set but `{{model}}` is not a search model, so it does not search the web; use a search model, or the `web_search` tool of the Responses API.',
      remove: 'Remove `{{param}}`.',
    },
  },
  create() {
    return {
      request({ value }, context) {
        if (value.web_search_options === undefined || value.web_search_options === null) return;
        const model = context.model!;
        if (model.supports('webSearchOptions') !== false) return;
        const data = { param: context.nameOf('/web_search_options'), model: model.requestedId };
        context.report({
          messageId: 'notSearchModel',
          data,
          path: '/web_search_options',
          suggestions: [{ messageId: 'remove', data, fix: [{ op: 'remove', path: '/web_search_options' }] }],
        });
      },
    };
  },
});
