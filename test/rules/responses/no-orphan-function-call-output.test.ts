import rule from '../../../rules/responses/no-orphan-function-call-output.js';
import { runRuleTests } from '../../support/rule-tester.js';

const ask = { role: 'user', content: 'Weather in Oslo?' };
const call = (id: string) => ({ type: 'function_call', call_id: id, name: 'get_weather', arguments: '{}' });
const output = (id: string) => ({ type: 'function_call_output', call_id: id, output: '4°C' });
const request = (input: object[], extra: object = {}) => ({ model: 'gpt-4.1', input, ...extra });

runRuleTests(rule, {
  valid: [
    { name: 'call then output', code: request([ask, call('call_1'), output('call_1')]) },
    { name: 'chained from a stored response', code: request([output('call_1')], { previous_response_id: 'resp_1' }) },
    { name: 'in a conversation', code: request([output('call_1')], { conversation: 'conv_1' }) },
    { name: 'a stored prompt may hold the call', code: request([output('call_1')], { prompt: { id: 'pmpt_1' } }) },
    { name: 'an item reference may be the call', code: request([ask, { type: 'item_reference', id: 'fc_1' }, output('call_1')]) },
    { name: 'an item reference without its type', code: request([ask, { id: 'fc_1' }, output('call_1')]) },
    {
      name: 'a custom tool call answered by a function_call_output id is still a call',
      code: request([ask, { type: 'custom_tool_call', call_id: 'call_1', name: 'grep', input: 'x' }, output('call_1')]),
    },
    { name: 'string input', code: { model: 'gpt-4.1', input: 'hi' } },
  ],
  invalid: [
    {
      name: 'an output with no call',
      code: request([ask, output('call_1')]),
      errors: [{ messageId: 'noCall', path: '/input/1/call_id', data: { item: 'input[1]', callId: 'call_1' } }],
      output: null,
    },
    {
      name: 'an output before its call',
      code: request([ask, output('call_1'), call('call_1')]),
      errors: [{ messageId: 'callComesLater', path: '/input/1/call_id', data: { call: 'input[2]' } }],
      output: null,
    },
    {
      name: 'only the unanswered one of two outputs',
      code: request([ask, call('call_1'), output('call_1'), output('call_2')]),
      errors: [{ messageId: 'noCall', path: '/input/3/call_id', data: { callId: 'call_2' } }],
      output: null,
    },
  ],
});
