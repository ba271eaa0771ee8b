import { describe, expect, it } from 'vitest';
import rule from '../../../rules/tools/no-foreign-tool-choice-shape.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Weather?' }];
const tools = [
  { type: 'function', function: { name: 'get_weather' } },
  { type: 'custom', custom: { name: 'run_sql' } },
];
const request = (tool_choice: unknown) => ({ model: 'gpt-4.1', messages, tools, tool_choice });

runRuleTests(rule, {
  valid: [
    { name: 'Chat shape', code: request({ type: 'function', function: { name: 'get_weather' } }) },
    { name: 'mode string', code: request('auto') },
    { name: 'a string that names no tool is left to the schema', code: request('any') },
    { name: 'Chat allowed_tools shape', code: request({ type: 'allowed_tools', allowed_tools: { mode: 'auto', tools: [] } }) },
  ],
  invalid: [
    {
      name: 'bare function name',
      code: request('get_weather'),
      errors: [{ messageId: 'bareName', path: '/tool_choice', data: { name: 'get_weather', type: 'function' } }],
      output: request({ type: 'function', function: { name: 'get_weather' } }),
    },
    {
      name: 'bare custom tool name',
      code: request('run_sql'),
      errors: [{ messageId: 'bareName', data: { type: 'custom' } }],
      output: request({ type: 'custom', custom: { name: 'run_sql' } }),
    },
    {
      name: 'flat Responses function shape',
      code: request({ type: 'function', name: 'get_weather' }),
      errors: [{ messageId: 'flatName', path: '/tool_choice' }],
      output: request({ type: 'function', function: { name: 'get_weather' } }),
    },
    {
      name: 'flat Responses allowed_tools shape',
      code: request({ type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', function: { name: 'get_weather' } }] }),
      errors: [{ messageId: 'flatAllowedTools', path: '/tool_choice' }],
      output: request({
        type: 'allowed_tools',
        allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'get_weather' } }] },
      }),
    },
    {
      name: 'JSONC text: the fix keeps the rest of the document',
      code: '{\n  // forced\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "Weather?" }],\n  "tools": [{ "type": "function", "function": { "name": "get_weather" } }],\n  "tool_choice": "get_weather"\n}',
      errors: [{ messageId: 'bareName' }],
    },
  ],
});

describe('tools/no-foreign-tool-choice-shape replaces the schema findings it explains', () => {
  it('gives one diagnostic for the flat shape instead of missing-key and unknown-key findings', () => {
    const found = lint(request({ type: 'function', name: 'get_weather' })).diagnostics.map((d) => d.ruleId);
    expect(found).toEqual(['tools/no-foreign-tool-choice-shape']);
  });

  it('keeps the schema finding with its did-you-mean for a mistyped mode', () => {
    const found = lint(request('Auto')).diagnostics;
    expect(found.map((d) => d.ruleId)).toEqual(['schema/enum']);
    expect(found[0]!.message).toMatch(/Did you mean `auto`/);
  });
});
