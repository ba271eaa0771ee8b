import rule from '../../../rules/responses/require-item-after-reasoning.js';
import { runRuleTests } from '../../support/rule-tester.js';

const reasoning = (id: string) => ({ type: 'reasoning', id, summary: [] });
const user = { role: 'user', content: 'What is the weather?' };
const call = { type: 'function_call', call_id: 'call_1', name: 'weather', arguments: '{}' };
const answer = { type: 'function_call_output', call_id: 'call_1', output: 'sunny' };

runRuleTests(rule, {
  valid: [
    { name: 'reasoning then its tool call', code: { model: 'o3', input: [user, reasoning('rs_1'), call, answer] } },
    {
      name: 'reasoning then the assistant message',
      code: { model: 'o3', input: [user, reasoning('rs_1'), { role: 'assistant', content: 'Sunny.' }, user] },
    },
    {
      name: 'reasoning then an item reference',
      code: { model: 'o3', input: [user, reasoning('rs_1'), { type: 'item_reference', id: 'msg_1' }] },
    },
    { name: 'string input', code: { model: 'o3', input: 'hi' } },
  ],
  invalid: [
    {
      name: 'the last item',
      code: { model: 'o3', input: [user, reasoning('rs_1')] },
      errors: [{ messageId: 'alone', path: '/input/1', data: { id: 'rs_1', index: '1', next: ' (it is the last item)' } }],
      output: null,
    },
    {
      name: 'followed by a user message',
      code: { model: 'o3', input: [reasoning('rs_1'), user] },
      errors: [{ messageId: 'alone', path: '/input/0', data: { id: 'rs_1', index: '0', next: ' (a `user` message follows)' } }],
    },
    {
      name: 'followed by another reasoning item: only the first is alone',
      code: { model: 'o3', input: [user, reasoning('rs_1'), reasoning('rs_2'), call, answer] },
      errors: [{ messageId: 'alone', path: '/input/1', data: { id: 'rs_1', index: '1', next: ' (a `reasoning` item follows)' } }],
    },
    {
      name: 'followed by a tool output, not a call',
      code: { model: 'o3', input: [user, reasoning('rs_1'), answer] },
      errors: [
        { messageId: 'alone', path: '/input/1', data: { id: 'rs_1', index: '1', next: ' (a `function_call_output` item follows)' } },
      ],
    },
  ],
});
