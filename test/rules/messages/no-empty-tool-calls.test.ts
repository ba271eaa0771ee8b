import rule from '../../../rules/messages/no-empty-tool-calls.js';
import { runRuleTests } from '../../support/rule-tester.js';

const user = { role: 'user', content: 'Hello' };

runRuleTests(rule, {
  valid: [
    { name: 'no tool_calls key', code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: 'Hi' }, user] } },
    {
      name: 'non-empty tool_calls',
      code: {
        model: 'gpt-4.1',
        messages: [
          user,
          { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'a', content: 'x' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'with content: removed by the fix',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: 'Hi', tool_calls: [] }, user] },
      errors: [{ messageId: 'empty', path: '/messages/1/tool_calls' }],
      output: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: 'Hi' }, user] },
    },
    {
      name: 'without content: no fix (the message would still be invalid)',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: null, tool_calls: [] }, user] },
      errors: [{ messageId: 'empty', path: '/messages/1/tool_calls' }],
      output: null,
    },
  ],
});
