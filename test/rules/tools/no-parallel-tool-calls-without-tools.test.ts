import rule from '../../../rules/tools/no-parallel-tool-calls-without-tools.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'hi' }];
const tools = [{ type: 'function', function: { name: 'lookup' } }];

runRuleTests(rule, {
  valid: [
    { name: 'with tools', code: { model: 'gpt-4.1', messages, tools, parallel_tool_calls: false } },
    { name: 'parallel_tool_calls: null', code: { model: 'gpt-4.1', messages, parallel_tool_calls: null } },
    {
      name: 'a model that rejects the parameter outright: another rule says so',
      code: { model: 'o3', messages, parallel_tool_calls: false },
    },
  ],
  invalid: [
    {
      name: 'no tools: removed by the fix',
      code: { model: 'gpt-4.1', messages, parallel_tool_calls: true },
      errors: [{ messageId: 'noTools', path: '/parallel_tool_calls', data: { param: 'parallel_tool_calls', tools: 'tools' } }],
      output: { model: 'gpt-4.1', messages },
    },
    {
      name: 'an empty tool list is no tools',
      code: { model: 'gpt-4.1', messages, tools: [], parallel_tool_calls: false },
      errors: [{ messageId: 'noTools' }],
      output: { model: 'gpt-4.1', messages, tools: [] },
    },
    { name: 'an unknown model', code: { model: 'acme-1', messages, parallel_tool_calls: false }, errors: [{ messageId: 'noTools' }] },
  ],
});
