import rule from '../../../rules/responses/valid-content-part-types.js';
import { runRuleTests } from '../../support/rule-tester.js';

const request = (...input: object[]) => ({ model: 'gpt-4.1', input });
const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const call = { type: 'function_call', call_id: 'call_1', name: 'f', arguments: '{}' };
const result = (output: unknown) => ({ type: 'function_call_output', call_id: 'call_1', output });

runRuleTests(rule, {
  valid: [
    {
      name: 'parts in their places',
      code: request(user([{ type: 'input_text', text: 'hi' }]), assistant([{ type: 'output_text', text: 'hello', annotations: [] }])),
    },
    {
      name: 'a refusal replayed as assistant output',
      code: request(user('hi'), assistant([{ type: 'refusal', refusal: 'I cannot help.' }])),
    },
    { name: 'string content', code: request(user('hi'), assistant('hello')) },
    { name: 'a tool result as text', code: request(call, result('42')) },
    { name: 'a tool result as an image', code: request(call, result([{ type: 'input_image', image_url: 'https://example.com/a.png' }])) },
    { name: 'a string input', code: { model: 'gpt-4.1', input: 'hi' } },
  ],
  invalid: [
    {
      name: 'input_text in an assistant message: retyped, with its annotations',
      code: request(user('hi'), assistant([{ type: 'input_text', text: 'hello' }])),
      errors: [{ messageId: 'wrongPart', path: '/input/1/content/0', data: { type: 'input_text', where: 'An assistant message' } }],
      output: request(user('hi'), assistant([{ type: 'output_text', text: 'hello', annotations: [] }])),
    },
    {
      name: 'output_text in a user message: retyped, its annotations and logprobs dropped',
      code: request(user([{ type: 'output_text', text: 'hi', annotations: [], logprobs: [] }])),
      errors: [{ messageId: 'wrongPart', path: '/input/0/content/0', data: { where: 'A `user` message' } }],
      output: request(user([{ type: 'input_text', text: 'hi' }])),
    },
    {
      name: 'output_text in a tool result, also in an explicit message item',
      code: request(
        { type: 'message', role: 'developer', content: [{ type: 'output_text', text: 'x' }] },
        call,
        result([{ type: 'output_text', text: '42' }]),
      ),
      errors: [
        { messageId: 'wrongPart', path: '/input/0/content/0', data: { where: 'A `developer` message' } },
        { messageId: 'wrongPart', path: '/input/2/output/0', data: { where: 'A tool result' } },
      ],
      output: request(
        { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'x' }] },
        call,
        result([{ type: 'input_text', text: '42' }]),
      ),
    },
    {
      name: 'an image in an assistant message: no fix',
      code: request(user('hi'), assistant([{ type: 'input_image', image_url: 'https://example.com/a.png' }])),
      errors: [{ messageId: 'wrongPart', data: { type: 'input_image', advice: '' } }],
      output: null,
    },
    {
      name: 'an input_text with a cache breakpoint has no output_text form: no fix',
      code: request(user('hi'), assistant([{ type: 'input_text', text: 'hello', prompt_cache_breakpoint: { mode: 'explicit' } }])),
      errors: [{ messageId: 'wrongPart' }],
      output: null,
    },
  ],
});
