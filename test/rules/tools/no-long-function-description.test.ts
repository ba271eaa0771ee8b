import rule from '../../../rules/tools/no-long-function-description.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Weather?' }];
const fn = (description: string) => ({ type: 'function', function: { name: 'get_weather', description } });

runRuleTests(rule, {
  valid: [
    { name: 'exactly 1024 characters', code: { model: 'gpt-4.1', messages, tools: [fn('x'.repeat(1024))] } },
    { name: 'no description', code: { model: 'gpt-4.1', messages, tools: [{ type: 'function', function: { name: 'get_weather' } }] } },
  ],
  invalid: [
    {
      name: '1025 characters',
      code: { model: 'gpt-4.1', messages, tools: [fn('x'.repeat(1025))] },
      errors: [
        { messageId: 'tooLong', path: '/tools/0/function/description', data: { length: '1025', limit: '1024', name: 'get_weather' } },
      ],
      output: null,
    },
  ],
});
