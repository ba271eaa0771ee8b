import rule from '../../../rules/search/no-web-search-options-on-non-search-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'News today?' }];

runRuleTests(rule, {
  valid: [
    { name: 'search model', code: { model: 'gpt-4o-mini-search-preview', web_search_options: {}, messages } },
    { name: 'explicit null', code: { model: 'gpt-4o', web_search_options: null, messages } },
    { name: 'gpt-5-search-api is a search model too', code: { model: 'gpt-5-search-api', web_search_options: {}, messages } },
  ],
  invalid: [
    {
      name: 'reasoning model',
      code: { model: 'o3', web_search_options: { search_context_size: 'high' }, messages },
      errors: [{ messageId: 'notSearchModel', path: '/web_search_options', data: { model: 'o3' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'fine-tune of a chat model',
      code: { model: 'ft:gpt-4o-mini-2024-07-18:acme::x1', web_search_options: {}, messages },
      errors: [{ messageId: 'notSearchModel' }],
    },
  ],
});
