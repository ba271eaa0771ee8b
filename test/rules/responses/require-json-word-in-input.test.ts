import rule from '../../../rules/responses/require-json-word-in-input.js';
import { runRuleTests } from '../../support/rule-tester.js';

const text = { format: { type: 'json_object' } };

runRuleTests(rule, {
  valid: [
    { name: 'string input says JSON (any case)', code: { model: 'gpt-4.1', input: 'Reply in Json.', text } },
    {
      name: 'a message part says json',
      code: { model: 'gpt-4.1', input: [{ role: 'user', content: [{ type: 'input_text', text: 'Answer as json.' }] }], text },
    },
    { name: 'not json_object', code: { model: 'gpt-4.1', input: 'hi', text: { format: { type: 'text' } } } },
    { name: 'no input (a stored prompt supplies it)', code: { model: 'gpt-4.1', prompt: { id: 'pmpt_1' }, text } },
  ],
  invalid: [
    {
      name: 'string input without the word',
      code: { model: 'gpt-4.1', input: 'List three colours.', text },
      errors: [{ messageId: 'noJsonWord', path: '/text/format/type', data: { format: 'text.format', instructionsNote: '' } }],
      output: null,
    },
    {
      name: 'instructions do not count, and the message says so',
      code: { model: 'gpt-4.1', instructions: 'Reply in JSON.', input: 'List three colours.', text },
      errors: [
        {
          messageId: 'noJsonWord',
          data: { format: 'text.format', instructionsNote: ' (`instructions` mention it, but they do not count)' },
        },
      ],
    },
    {
      name: 'only messages count, not tool outputs',
      code: {
        model: 'gpt-4.1',
        input: [
          { role: 'user', content: 'Colours?' },
          { type: 'function_call_output', call_id: 'c', output: 'json' },
        ],
        text,
      },
      errors: [{ messageId: 'noJsonWord' }],
    },
  ],
});
