import unsupported from '../../../rules/sampling/no-unsupported-sampling-parameters.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

// The search models reject sampling parameters (api-facts §1.7, §5 #24): the registry says so, and the
// existing rule reports each parameter at its own key.
runRuleTests(unsupported, {
  valid: [{ name: 'search model without sampling parameters', code: { model: 'gpt-4o-search-preview', web_search_options: {}, messages } }],
  invalid: [
    {
      name: 'search model with the four parameters the API names',
      code: { model: 'gpt-4o-mini-search-preview', temperature: 0.5, top_p: 0.9, frequency_penalty: 0.1, presence_penalty: 0.1, messages },
      errors: ['/temperature', '/top_p', '/frequency_penalty', '/presence_penalty'].map((path) => ({ messageId: 'rejected', path })),
      output: { model: 'gpt-4o-mini-search-preview', messages },
    },
  ],
});
