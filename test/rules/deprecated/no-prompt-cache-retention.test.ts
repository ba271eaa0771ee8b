import noPromptCacheRetention from '../../../rules/deprecated/no-prompt-cache-retention.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noPromptCacheRetention, {
  valid: [
    { name: 'nothing to move to before gpt-5.6', code: { model: 'gpt-5.5', prompt_cache_retention: '24h', messages } },
    { name: 'null', code: { model: 'gpt-5.6', prompt_cache_retention: null, messages } },
  ],
  invalid: [
    {
      name: 'gpt-5.6',
      code: { model: 'gpt-5.6-terra', prompt_cache_retention: '24h', messages },
      errors: [{ messageId: 'deprecated', path: '/prompt_cache_retention', suggestions: 1 }],
      output: null,
    },
    {
      name: 'unknown model',
      code: { model: 'my-deployment', prompt_cache_retention: 'in_memory', messages },
      errors: [{ messageId: 'deprecated' }],
    },
  ],
});
