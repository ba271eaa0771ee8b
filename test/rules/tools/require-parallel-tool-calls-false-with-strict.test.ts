import { describe, expect, it } from 'vitest';
import rule from '../../../rules/tools/require-parallel-tool-calls-false-with-strict.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Weather?' }];
const parameters = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };
const strict = { type: 'function', function: { name: 'get_weather', strict: true, parameters } };
const loose = { type: 'function', function: { name: 'get_time' } };

runRuleTests(rule, {
  valid: [
    { name: 'strict with parallel off', code: { model: 'gpt-4.1', messages, tools: [strict], parallel_tool_calls: false } },
    { name: 'no strict tools', code: { model: 'gpt-4.1', messages, tools: [loose], parallel_tool_calls: true } },
    { name: 'model that rejects the parameter (o3)', code: { model: 'o3', messages, tools: [strict] } },
    {
      name: 'strict: false is not strict',
      code: { model: 'gpt-4.1', messages, tools: [{ type: 'function', function: { name: 'f', strict: false } }] },
    },
  ],
  invalid: [
    {
      name: 'parameter left out: reported at the first strict tool',
      code: { model: 'gpt-4.1', messages, tools: [loose, strict] },
      errors: [{ messageId: 'parallelDefault', path: '/tools/1/function/strict', data: { index: '1' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'explicit true',
      code: { model: 'gpt-4.1', messages, tools: [strict], parallel_tool_calls: true },
      errors: [{ messageId: 'parallelOn', path: '/parallel_tool_calls', data: { name: 'get_weather' }, suggestions: 1 }],
    },
    {
      name: 'unknown model: still advised (the parameter is widely accepted)',
      code: { model: 'my-deployment', messages, tools: [strict] },
      errors: [{ messageId: 'parallelDefault' }],
    },
  ],
});

describe('warning precision', () => {
  it('is an info note under recommended, so a correct strict-tools request passes --max-warnings 0', async () => {
    const { lint } = await import('../../../src/engine/lint.js');
    const parameters = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };
    for (const model of ['gpt-4o', 'gpt-4.1', 'gpt-5']) {
      const found = lint(
        {
          model,
          messages: [{ role: 'user', content: 'Weather in Paris?' }],
          tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters } }],
        },
        {},
      ).diagnostics;
      expect(found.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(found.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['info tools/require-parallel-tool-calls-false-with-strict']);
    }
  });
});
