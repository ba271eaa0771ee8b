import rule from '../../../rules/params/no-max-tokens-with-max-completion-tokens.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Summarise.' }];
const prediction = { type: 'content', content: 'The meeting covered…' };

runRuleTests(rule, {
  valid: [
    { name: 'only max_completion_tokens', code: { model: 'gpt-4.1', messages, max_completion_tokens: 100 } },
    { name: 'only max_tokens', code: { model: 'gpt-4.1', messages, max_tokens: 100 } },
    { name: 'an explicit null is not set', code: { model: 'gpt-4.1', messages, max_tokens: null, max_completion_tokens: 100 } },
  ],
  invalid: [
    {
      name: 'different caps: two suggestions, max_tokens first',
      code: { model: 'gpt-4.1', messages, max_tokens: 100, max_completion_tokens: 200 },
      errors: [
        {
          messageId: 'bothSet',
          path: '/max_tokens',
          data: { maxTokens: '100', maxCompletionTokens: '200', drop: 'max_tokens' },
          suggestions: 2,
        },
      ],
      output: null,
    },
    {
      name: 'the same cap twice: the fix removes max_tokens',
      code: { model: 'o3', messages, max_tokens: 500, max_completion_tokens: 500 },
      errors: [{ messageId: 'bothSet', path: '/max_tokens' }],
      output: { model: 'o3', messages, max_completion_tokens: 500 },
    },
    {
      name: 'an unknown model: still refused',
      code: { model: 'acme-model', messages, max_tokens: 10, max_completion_tokens: 20 },
      errors: [{ messageId: 'bothSet' }],
      output: null,
    },
    {
      name: 'with prediction, max_completion_tokens is the one to drop',
      code: { model: 'gpt-4o', messages, prediction, max_tokens: 300, max_completion_tokens: 300 },
      errors: [{ messageId: 'bothSet', path: '/max_completion_tokens', data: { drop: 'max_completion_tokens' } }],
      output: { model: 'gpt-4o', messages, prediction, max_tokens: 300 },
    },
  ],
});
