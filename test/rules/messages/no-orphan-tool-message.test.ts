import rule from '../../../rules/messages/no-orphan-tool-message.js';
import { runRuleTests } from '../../support/rule-tester.js';

const user = { role: 'user', content: 'Weather in Paris and Rome?' };
const call = (id: string) => ({ id, type: 'function', function: { name: 'get_weather', arguments: '{}' } });
const assistant = (...ids: string[]) => ({ role: 'assistant', content: null, tool_calls: ids.map(call) });
const answer = (id: string) => ({ role: 'tool', tool_call_id: id, content: '21' });

runRuleTests(rule, {
  valid: [
    {
      name: 'answers in any order after their calls',
      code: { model: 'gpt-4.1', messages: [user, assistant('a', 'b'), answer('b'), answer('a')] },
    },
    {
      name: 'several tool rounds',
      code: { model: 'gpt-4.1', messages: [user, assistant('a'), answer('a'), assistant('b'), answer('b'), user] },
    },
    { name: 'unknown model: the rule does not need one', code: { model: 'my-deployment', messages: [user, assistant('a'), answer('a')] } },
  ],
  invalid: [
    {
      name: 'first message',
      code: { model: 'gpt-4.1', messages: [answer('a'), user] },
      errors: [{ messageId: 'orphan', path: '/messages/0/role' }],
      output: null,
    },
    {
      name: 'after a user message that follows the round',
      code: { model: 'gpt-4.1', messages: [user, assistant('a'), answer('a'), user, answer('a')] },
      errors: [{ messageId: 'orphan', path: '/messages/4/role' }],
    },
    {
      name: 'after an assistant text reply',
      code: { model: 'gpt-4.1', messages: [user, { role: 'assistant', content: 'Hi' }, answer('a')] },
      errors: [{ messageId: 'orphan', path: '/messages/2/role' }],
    },
    {
      name: 'answers an id of an earlier round',
      code: { model: 'gpt-4.1', messages: [user, assistant('a'), answer('a'), assistant('b'), answer('b'), answer('a')] },
      errors: [{ messageId: 'unknownId', path: '/messages/5/tool_call_id', data: { id: 'a', owner: '3', ids: '"b"' } }],
    },
    {
      name: 'an invalid neighbour does not stop the check of a valid message',
      code: { model: 'gpt-4.1', messages: [{ role: 'user', content: 42 }, answer('a')] },
      errors: [{ messageId: 'orphan', path: '/messages/1/role' }],
    },
  ],
});
