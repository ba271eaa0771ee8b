import noInMemory from '../../../rules/models/no-in-memory-prompt-cache-retention.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noInMemory, {
  valid: [
    { name: '24h', code: { model: 'gpt-5.5', prompt_cache_retention: '24h', messages } },
    { name: 'older model (unknown fact)', code: { model: 'gpt-4.1', prompt_cache_retention: 'in_memory', messages } },
    { name: 'null', code: { model: 'gpt-5.5', prompt_cache_retention: null, messages } },
  ],
  invalid: [
    {
      name: 'gpt-5.6 family',
      code: { model: 'gpt-5.6-luna', prompt_cache_retention: 'in_memory', messages },
      errors: [{ messageId: 'only24h', path: '/prompt_cache_retention', suggestions: 2 }],
      output: null,
    },
  ],
});
