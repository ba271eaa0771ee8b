import rule from '../../../rules/reasoning/no-max-tokens-on-reasoning-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Think.' }];

runRuleTests(rule, {
  valid: [
    { name: 'max_completion_tokens on a reasoning model', code: { model: 'o3', messages, max_completion_tokens: 500 } },
    { name: 'max_tokens on a model that takes it', code: { model: 'gpt-4.1', messages, max_tokens: 500 } },
    { name: 'max_tokens: null', code: { model: 'o3', messages, max_tokens: null } },
    { name: 'unknown model: silent', code: { model: 'acme-reasoner', messages, max_tokens: 500 } },
    {
      name: 'both caps: the API refuses the pair on any model, which another rule reports',
      code: { model: 'o3', messages, max_tokens: 500, max_completion_tokens: 800 },
    },
  ],
  invalid: [
    {
      name: 'renamed by the fix',
      code: { model: 'o3', messages, max_tokens: 500 },
      errors: [
        {
          messageId: 'useMaxCompletionTokens',
          path: '/max_tokens',
          data: { param: 'max_tokens', model: 'o3', replacement: 'max_completion_tokens' },
        },
      ],
      output: { model: 'o3', messages, max_completion_tokens: 500 },
    },
    {
      name: 'a dated snapshot',
      code: { model: 'o3-2025-04-16', messages, max_tokens: 10 },
      errors: [
        {
          messageId: 'useMaxCompletionTokens',
          data: { param: 'max_tokens', model: 'o3-2025-04-16', replacement: 'max_completion_tokens' },
        },
      ],
    },
  ],
});
