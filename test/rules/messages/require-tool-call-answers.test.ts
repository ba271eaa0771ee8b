import rule from '../../../rules/messages/require-tool-call-answers.js';
import { runRuleTests } from '../../support/rule-tester.js';

const user = { role: 'user', content: 'Weather in Paris and Rome?' };
const call = (id: string) => ({ id, type: 'function', function: { name: 'get_weather', arguments: '{}' } });
const assistant = (...ids: string[]) => ({ role: 'assistant', content: null, tool_calls: ids.map(call) });
const answer = (id: string) => ({ role: 'tool', tool_call_id: id, content: '21' });

runRuleTests(rule, {
  valid: [
    {
      name: 'every call answered, any order',
      code: { model: 'gpt-4.1', messages: [user, assistant('a', 'b', 'c'), answer('c'), answer('a'), answer('b'), user] },
    },
    { name: 'assistant without tool calls', code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: 'Hi' }, user] } },
  ],
  invalid: [
    {
      name: 'conversation ends after the calls',
      code: { model: 'gpt-4.1', messages: [user, assistant('a')] },
      errors: [
        { messageId: 'unanswered', path: '/messages/1/tool_calls/0', data: { id: 'a', where: 'after it (the conversation ends there)' } },
      ],
      output: null,
    },
    {
      name: 'two of three unanswered before the next user turn',
      code: { model: 'gpt-4.1', messages: [user, assistant('a', 'b', 'c'), answer('b'), user] },
      errors: [
        { messageId: 'unanswered', path: '/messages/1/tool_calls/0', data: { where: 'before `messages[3]`' } },
        { messageId: 'unanswered', path: '/messages/1/tool_calls/2' },
      ],
    },
    {
      name: 'an answer after an intervening user message does not count',
      code: { model: 'gpt-4.1', messages: [user, assistant('a'), user, answer('a')] },
      errors: [{ messageId: 'unanswered', path: '/messages/1/tool_calls/0' }],
    },
  ],
});
