import rule from '../../../rules/messages/no-unsupported-input-parts.js';
import { runRuleTests } from '../../support/rule-tester.js';

const image = { type: 'image_url', image_url: { url: 'https://example.com/a.png' } };
const audio = { type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZF', format: 'wav' } };
const text = { type: 'text', text: 'What is this?' };
const ask = (model: string, ...parts: object[]) => ({ model, messages: [{ role: 'user', content: parts }] });

runRuleTests(rule, {
  valid: [
    { name: 'image on a vision model', code: ask('gpt-4o', text, image) },
    { name: 'audio on an audio model', code: ask('gpt-4o-audio-preview', text, audio) },
    { name: 'vision unknown in the data: silent', code: ask('gpt-4-vision-preview', image) },
    { name: 'unknown model: silent', code: ask('my-deployment', image, audio) },
    { name: 'text parts only', code: ask('gpt-3.5-turbo', text) },
  ],
  invalid: [
    {
      name: 'image on a text-only model',
      code: ask('gpt-3.5-turbo', text, image),
      errors: [{ messageId: 'image', path: '/messages/0/content/1', data: { model: 'gpt-3.5-turbo' } }],
      output: null,
    },
    { name: 'audio on a vision model', code: ask('gpt-4o', audio, text), errors: [{ messageId: 'audio', path: '/messages/0/content/0' }] },
    {
      name: 'each part is reported',
      code: ask('o3-mini', image, audio),
      errors: [
        { messageId: 'image', path: '/messages/0/content/0' },
        { messageId: 'audio', path: '/messages/0/content/1' },
      ],
    },
    {
      name: 'model named by a dated snapshot',
      code: ask('gpt-3.5-turbo-0125', image),
      errors: [{ messageId: 'image', data: { model: 'gpt-3.5-turbo-0125' } }],
    },
  ],
});
