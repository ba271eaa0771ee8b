import rule from '../../../rules/tools/no-unknown-allowed-tools.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Weather?' }];
const tools = [
  { type: 'function', function: { name: 'get_weather' } },
  { type: 'custom', custom: { name: 'run_sql' } },
];
const allowed = (...entries: object[]) => ({
  model: 'gpt-4.1',
  messages,
  tools,
  tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'required', tools: entries } },
});

runRuleTests(rule, {
  valid: [
    {
      name: 'all entries exist',
      code: allowed({ type: 'function', function: { name: 'get_weather' } }, { type: 'custom', custom: { name: 'run_sql' } }),
    },
    { name: 'entries of other shapes are not judged', code: allowed({ type: 'mcp', server_label: 'x' }) },
  ],
  invalid: [
    {
      name: 'one unknown entry among known ones',
      code: allowed({ type: 'function', function: { name: 'get_weather' } }, { type: 'function', function: { name: 'get_time' } }),
      errors: [{ messageId: 'unknown', path: '/tool_choice/allowed_tools/tools/1/function/name', data: { name: 'get_time', index: '1' } }],
      output: null,
    },
    {
      name: 'custom entry naming a function',
      code: allowed({ type: 'custom', custom: { name: 'get_weather' } }),
      errors: [{ messageId: 'unknown', path: '/tool_choice/allowed_tools/tools/0/custom/name', data: { kind: 'custom tool' } }],
    },
  ],
});
