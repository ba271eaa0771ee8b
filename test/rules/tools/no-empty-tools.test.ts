import rule from '../../../rules/tools/no-empty-tools.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(rule, {
  valid: [
    { name: 'no tools key', code: { model: 'gpt-4.1', messages } },
    { name: 'one tool', code: { model: 'gpt-4.1', messages, tools: [{ type: 'function', function: { name: 'f' } }] } },
  ],
  invalid: [
    {
      name: 'empty list: removed',
      code: { model: 'gpt-4.1', messages, tools: [] },
      errors: [{ messageId: 'empty', path: '/tools' }],
      output: { model: 'gpt-4.1', messages },
    },
    {
      name: 'with parallel_tool_calls left behind: only tools is removed',
      code: { model: 'gpt-4.1', messages, tools: [], parallel_tool_calls: false },
      errors: [{ messageId: 'empty', path: '/tools', data: { param: 'tools' } }],
      output: { model: 'gpt-4.1', messages, parallel_tool_calls: false },
    },
  ],
});
