import noCacheOptions from '../../../rules/models/no-unsupported-prompt-cache-options.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noCacheOptions, {
  valid: [
    { name: 'gpt-5.6', code: { model: 'gpt-5.6', prompt_cache_options: { ttl: '30m' }, messages } },
    { name: 'null', code: { model: 'gpt-4o', prompt_cache_options: null, messages } },
    { name: 'unknown fact', code: { model: 'gpt-6-sol', prompt_cache_options: { mode: 'explicit' }, messages } },
  ],
  invalid: [
    {
      name: 'before gpt-5.6',
      code: { model: 'gpt-5.5', prompt_cache_options: { mode: 'explicit' }, messages },
      errors: [{ messageId: 'unsupported', path: '/prompt_cache_options', suggestions: 1 }],
      output: null,
    },
  ],
});
