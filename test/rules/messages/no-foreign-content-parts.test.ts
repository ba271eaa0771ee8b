import rule from '../../../rules/messages/no-foreign-content-parts.js';
import { runRuleTests } from '../../support/rule-tester.js';

const responses = (...content: object[]) => ({ model: 'gpt-4.1', input: [{ role: 'user', content }] });
const chat = (...content: object[]) => ({ model: 'gpt-4.1', messages: [{ role: 'user', content }] });
const url = 'https://example.com/a.png';

runRuleTests(rule, {
  valid: [
    { name: 'Responses parts on Responses', code: responses({ type: 'input_text', text: 'hi' }, { type: 'input_image', image_url: url }) },
    { name: 'Chat parts on Chat', code: chat({ type: 'text', text: 'hi' }, { type: 'image_url', image_url: { url } }) },
    { name: 'string content', code: { model: 'gpt-4.1', input: [{ role: 'user', content: 'hi' }] } },
  ],
  invalid: [
    {
      name: 'Chat text and image parts on Responses',
      code: responses({ type: 'text', text: 'hi' }, { type: 'image_url', image_url: { url, detail: 'low' } }),
      errors: [
        { messageId: 'foreign', path: '/input/0/content/0', data: { type: 'text', name: 'input_text', part: 'input[0].content[0]' } },
        { messageId: 'foreign', path: '/input/0/content/1', data: { type: 'image_url', name: 'input_image' } },
      ],
      output: responses({ type: 'input_text', text: 'hi' }, { type: 'input_image', image_url: url, detail: 'low' }),
    },
    {
      name: 'a Chat text part in a Responses assistant message becomes output_text',
      code: {
        model: 'gpt-4.1',
        input: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: [{ type: 'text', text: 'hello' }] },
        ],
      },
      errors: [{ messageId: 'foreign', path: '/input/1/content/0', data: { name: 'output_text' } }],
      output: {
        model: 'gpt-4.1',
        input: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: [{ type: 'output_text', text: 'hello', annotations: [] }] },
        ],
      },
    },
    {
      name: 'a Chat file part on Responses',
      code: responses({ type: 'file', file: { file_id: 'file-1' } }),
      errors: [{ messageId: 'foreign', data: { name: 'input_file' } }],
      output: responses({ type: 'input_file', file_id: 'file-1' }),
    },
    {
      name: 'Responses parts on Chat',
      code: chat(
        { type: 'input_text', text: 'hi' },
        { type: 'input_image', image_url: url, detail: 'high' },
        { type: 'input_file', file_data: 'QQ==', filename: 'a.pdf' },
      ),
      errors: [
        { messageId: 'foreign', path: '/messages/0/content/0', data: { from: 'Responses API', name: 'text' } },
        { messageId: 'foreign', path: '/messages/0/content/1', data: { name: 'image_url' } },
        { messageId: 'foreign', path: '/messages/0/content/2', data: { name: 'file' } },
      ],
      output: chat(
        { type: 'text', text: 'hi' },
        { type: 'image_url', image_url: { url, detail: 'high' } },
        { type: 'file', file: { file_data: 'QQ==', filename: 'a.pdf' } },
      ),
    },
    {
      name: 'an image given by file id has no Chat counterpart: reported, no fix',
      code: chat({ type: 'input_image', file_id: 'file-1' }),
      errors: [{ messageId: 'foreign', data: { name: 'image_url' } }],
      output: null,
    },
  ],
});
