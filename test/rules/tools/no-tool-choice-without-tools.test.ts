import rule from '../../../rules/tools/no-tool-choice-without-tools.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'hi' }];
const chatTools = [{ type: 'function', function: { name: 'lookup' } }];

runRuleTests(rule, {
  valid: [
    { name: 'with tools', code: { model: 'gpt-4.1', messages, tools: chatTools, tool_choice: 'required' } },
    { name: 'tool_choice: null', code: { model: 'gpt-4.1', messages, tool_choice: null } },
    { name: 'Responses with tools', code: { model: 'gpt-4.1', input: 'hi', tools: [{ type: 'web_search' }], tool_choice: 'auto' } },
  ],
  invalid: [
    { name: 'no tools: removed by the fix', code: { model: 'gpt-4.1', messages, tool_choice: 'auto' }, errors: [{ messageId: 'noTools', path: '/tool_choice', data: { param: 'tool_choice', tools: 'tools' } }], output: { model: 'gpt-4.1', messages } },
    { name: 'an empty tool list', code: { model: 'gpt-4.1', messages, tools: [], tool_choice: 'none' }, errors: [{ messageId: 'noTools' }], output: { model: 'gpt-4.1', messages, tools: [] } },
    { name: 'a named function with nothing to name', code: { model: 'gpt-4.1', messages, tool_choice: { type: 'function', function: { name: 'lookup' } } }, errors: [{ messageId: 'noTools', path: '/tool_choice' }] },
    { name: 'Responses', code: { model: 'gpt-4.1', input: 'hi', tool_choice: 'required' }, errors: [{ messageId: 'noTools', path: '/tool_choice' }], output: { model: 'gpt-4.1', input: 'hi' } },
  ],
});
