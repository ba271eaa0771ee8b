import requireAudio from '../../../rules/audio/require-audio-for-audio-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const text = [{ role: 'user', content: 'Say hi.' }];

const spoken = [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } }] }];

const audio = { voice: 'alloy', format: 'wav' };

runRuleTests(requireAudio, {
  valid: [
    {
      name: 'audio input in a later message',
      code: { model: 'gpt-4o-mini-audio-preview', messages: [...text, { role: 'assistant', content: 'ok' }, ...spoken] },
    },
    { name: 'audio output only', code: { model: 'gpt-4o-audio-preview', modalities: ['audio'], audio, messages: text } },
    { name: 'gpt-audio: fact unknown', code: { model: 'gpt-audio', messages: text } },
    { name: 'a text model', code: { model: 'gpt-4o', messages: text } },
  ],
  invalid: [
    {
      name: 'text modality only',
      code: { model: 'gpt-4o-audio-preview-2024-12-17', modalities: ['text'], messages: text },
      errors: [{ messageId: 'noAudio', path: '/model', suggestions: 1 }],
      output: null,
    },
    {
      name: 'no modalities at all',
      code: { model: 'gpt-4o-audio-preview', messages: text },
      errors: [{ messageId: 'noAudio', path: '/model' }],
    },
  ],
});
