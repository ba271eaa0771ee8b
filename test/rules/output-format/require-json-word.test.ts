import rule from '../../../rules/output-format/require-json-word.js';
import { runRuleTests } from '../../support/rule-tester.js';

const format = { type: 'json_object' };

runRuleTests(rule, {
  valid: [
    {
      name: 'upper case in a system message',
      code: {
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: 'Reply in JSON.' },
          { role: 'user', content: 'Colours?' },
        ],
        response_format: format,
      },
    },
    {
      name: 'inside a word, in a text part',
      code: {
        model: 'gpt-4o',
        messages: [{ role: 'user', content: [{ type: 'text', text: 'Return a jsonl-like object' }] }],
        response_format: format,
      },
    },
    {
      name: 'in an assistant message',
      code: {
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: 'Colours?' },
          { role: 'assistant', content: '{"json": true}' },
          { role: 'user', content: 'More.' },
        ],
        response_format: format,
      },
    },
    {
      name: 'json_schema does not need the word',
      code: {
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Colours?' }],
        response_format: { type: 'json_schema', json_schema: { name: 'c' } },
      },
    },
    {
      name: 'text format',
      code: { model: 'gpt-4o', messages: [{ role: 'user', content: 'Colours?' }], response_format: { type: 'text' } },
    },
  ],
  invalid: [
    {
      name: 'no message mentions it',
      code: { model: 'gpt-4o', messages: [{ role: 'user', content: 'Colours?' }], response_format: format },
      errors: [{ messageId: 'noJsonWord', path: '/response_format/type' }],
      output: null,
    },
    {
      name: 'the word in a message name or an image URL does not count',
      code: {
        model: 'gpt-4o',
        messages: [{ role: 'user', name: 'json', content: [{ type: 'image_url', image_url: { url: 'https://example.com/json.png' } }] }],
        response_format: format,
      },
      errors: [{ messageId: 'noJsonWord' }],
    },
  ],
});
