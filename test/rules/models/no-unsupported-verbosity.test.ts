import noVerbosity from '../../../rules/models/no-unsupported-verbosity.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noVerbosity, {
  valid: [
    { name: 'GPT-5', code: { model: 'gpt-5-mini', verbosity: 'high', messages } },
    { name: 'medium everywhere', code: { model: 'gpt-4.1', verbosity: 'medium', messages } },
    { name: 'null', code: { model: 'gpt-4.1', verbosity: null, messages } },
    { name: 'unknown fact', code: { model: 'gpt-5.2-chat-latest', verbosity: 'low', messages } },
  ],
  invalid: [
    {
      name: 'the fix removes it',
      code: { model: 'gpt-4.1', verbosity: 'high', messages },
      errors: [{ messageId: 'unsupported', path: '/verbosity', data: { value: 'high', model: 'gpt-4.1' } }],
      output: { model: 'gpt-4.1', messages },
    },
  ],
});
