import rule from '../../../rules/tools/no-tool-choice-without-tools.js';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'What is the weather in Paris?' }];
const tools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }];

runRuleTests(rule, {
  valid: [
    { name: 'with tools', code: { model: 'gpt-4.1', messages, tools, tool_choice: 'required' } },
    { name: 'null choice', code: { model: 'gpt-4.1', messages, tool_choice: null } },
    { name: 'Responses with tools', code: { model: 'gpt-4.1', input: 'hi', tools: [{ type: 'web_search' }], tool_choice: 'auto' } },
  ],
  invalid: [
    {
      name: '"none" is what no tools means: the safe fix removes it',
      code: { model: 'gpt-4.1', messages, tool_choice: 'none' },
      errors: [{ messageId: 'noneWithoutTools', path: '/tool_choice' }],
      output: { model: 'gpt-4.1', messages },
    },
    {
      name: '"required" expects tools: never removed by --fix, only suggested',
      code: { model: 'gpt-4.1', messages, tool_choice: 'required' },
      errors: [{ messageId: 'expectsTools', path: '/tool_choice', data: { value: '"required"' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'a named function with an empty tools list: suggestion only',
      code: { model: 'gpt-4.1', messages, tools: [], tool_choice: { type: 'function', function: { name: 'get_weather' } } },
      errors: [{ messageId: 'expectsTools', path: '/tool_choice', suggestions: 1 }],
      output: null,
    },
    {
      name: '"auto" on Responses: suggestion only',
      code: { model: 'gpt-4.1', input: 'hi', tool_choice: 'auto' },
      errors: [{ messageId: 'expectsTools', path: '/tool_choice', suggestions: 1 }],
      output: null,
    },
  ],
});

describe('the message for "none"', () => {
  it('says to remove it, and does not ask for tools that "none" never named', () => {
    const [finding] = lint({ model: 'gpt-4.1', messages, tool_choice: 'none' }).diagnostics;
    expect(finding!.message).toBe(
      '`tool_choice` is "none" but the request has no `tools`; "none" has no effect without tools, and the API rejects `tool_choice` when no tools are sent, so remove it.',
    );
    expect(finding!.fix).toEqual([{ op: 'remove', path: '/tool_choice' }]);
    expect(finding!.suggestions).toBeUndefined();
  });
});
