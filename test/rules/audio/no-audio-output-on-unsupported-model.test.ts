import noAudioOutput from '../../../rules/audio/no-audio-output-on-unsupported-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const text = [{ role: 'user', content: 'Say hi.' }];

const audio = { voice: 'alloy', format: 'wav' };

runRuleTests(noAudioOutput, {
  valid: [
    { name: 'text only', code: { model: 'gpt-5', modalities: ['text'], messages: text } },
    { name: 'audio model', code: { model: 'gpt-audio-mini', modalities: ['text', 'audio'], audio, messages: text } },
    { name: 'null modalities', code: { model: 'gpt-5', modalities: null, messages: text } },
  ],
  invalid: [
    {
      name: 'audio first',
      code: { model: 'gpt-5', modalities: ['audio', 'text'], audio, messages: text },
      errors: [{ messageId: 'noAudioOutput', path: '/modalities/0', data: { model: 'gpt-5' }, suggestions: 1 }],
      output: null,
    },
  ],
});
