import rule from '../../../rules/tools/no-foreign-tool-shape.js';
import { lint } from '../../../src/engine/lint.js';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../../support/rule-tester.js';

const parameters = { type: 'object', properties: { city: { type: 'string' } } };
const messages = [{ role: 'user', content: 'Weather in Paris?' }];

runRuleTests(rule, {
  valid: [
    {
      name: 'Chat nested',
      code: { model: 'gpt-4.1', messages, tools: [{ type: 'function', function: { name: 'get_weather', parameters } }] },
    },
    {
      name: 'Responses flat',
      code: {
        model: 'gpt-4.1',
        input: 'hi',
        tools: [{ type: 'function', name: 'get_weather', strict: false, parameters }],
        tool_choice: { type: 'function', name: 'get_weather' },
      },
    },
  ],
  invalid: [
    {
      name: 'a Chat tool sent to Responses is flattened',
      code: { model: 'gpt-4.1', input: 'hi', tools: [{ type: 'function', function: { name: 'get_weather', strict: false, parameters } }] },
      errors: [{ messageId: 'nestedOnResponses', path: '/tools/0', data: { name: 'get_weather' } }],
      output: { model: 'gpt-4.1', input: 'hi', tools: [{ type: 'function', name: 'get_weather', parameters, strict: false }] },
    },
    {
      name: 'a Responses tool sent to Chat is nested',
      code: { model: 'gpt-4.1', messages, tools: [{ type: 'function', name: 'get_weather', parameters }] },
      errors: [{ messageId: 'flatOnChat', path: '/tools/0' }],
      output: { model: 'gpt-4.1', messages, tools: [{ type: 'function', function: { name: 'get_weather', parameters } }] },
    },
    {
      name: 'a Chat tool choice sent to Responses',
      code: {
        model: 'gpt-4.1',
        input: 'hi',
        tools: [{ type: 'function', name: 'get_weather', strict: false, parameters }],
        tool_choice: { type: 'function', function: { name: 'get_weather' } },
      },
      errors: [{ messageId: 'nestedChoiceOnResponses', path: '/tool_choice' }],
      output: {
        model: 'gpt-4.1',
        input: 'hi',
        tools: [{ type: 'function', name: 'get_weather', strict: false, parameters }],
        tool_choice: { type: 'function', name: 'get_weather' },
      },
    },
  ],
});

describe('one finding instead of schema noise', () => {
  it('replaces the generic schema findings in the tool', () => {
    const found = lint(
      { model: 'gpt-4.1', input: 'hi', tools: [{ type: 'function', function: { name: 'get_weather', parameters } }] },
      {},
    ).diagnostics;
    expect(found.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['tools/no-foreign-tool-shape /tools/0']);
  });
});
