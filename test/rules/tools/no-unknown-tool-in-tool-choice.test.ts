import rule from '../../../rules/tools/no-unknown-tool-in-tool-choice.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Weather?' }];
const tools = [
  { type: 'function', function: { name: 'get_weather' } },
  { type: 'custom', custom: { name: 'run_sql' } },
];
const request = (tool_choice: unknown) => ({ model: 'gpt-4.1', messages, tools, tool_choice });

runRuleTests(rule, {
  valid: [
    { name: 'named function exists', code: request({ type: 'function', function: { name: 'get_weather' } }) },
    { name: 'named custom tool exists', code: request({ type: 'custom', custom: { name: 'run_sql' } }) },
    { name: 'mode string', code: request('required') },
    { name: 'no tools: the other rule', code: { model: 'gpt-4.1', messages, tool_choice: { type: 'function', function: { name: 'x' } } } },
  ],
  invalid: [
    {
      name: 'camelCase for snake_case: one suggestion',
      code: request({ type: 'function', function: { name: 'getWeather' } }),
      errors: [
        {
          messageId: 'unknown',
          path: '/tool_choice/function/name',
          data: { kind: 'function', name: 'getWeather', known: 'it has "get_weather"' },
          suggestions: 1,
        },
      ],
      output: null,
    },
    {
      name: 'a custom tool named as a function: kinds do not mix',
      code: request({ type: 'function', function: { name: 'run_sql' } }),
      errors: [{ messageId: 'unknown', path: '/tool_choice/function/name', suggestions: 0 }],
    },
    {
      name: 'custom choice with no custom tools',
      code: { model: 'gpt-4.1', messages, tools: [tools[0]], tool_choice: { type: 'custom', custom: { name: 'run_sql' } } },
      errors: [{ messageId: 'unknown', path: '/tool_choice/custom/name', data: { kind: 'custom tool', known: 'it has no custom tools' } }],
    },
  ],
});
