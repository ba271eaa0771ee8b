import rule from '../../../rules/audio/no-unknown-voice.js';
import { runRuleTests } from '../../support/rule-tester.js';

const base = { model: 'gpt-audio', modalities: ['text', 'audio'], messages: [{ role: 'user', content: 'Say hi.' }] };

runRuleTests(rule, {
  valid: [
    { name: 'a voice from the spec enum', code: { ...base, audio: { voice: 'cedar', format: 'wav' } } },
    { name: 'a voice only the description names', code: { ...base, audio: { voice: 'onyx', format: 'wav' } } },
    { name: 'a custom voice', code: { ...base, audio: { voice: { id: 'voice_abc' }, format: 'wav' } } },
  ],
  invalid: [
    {
      name: 'a capitalised name is not the name',
      code: { ...base, audio: { voice: 'Shimmer', format: 'wav' } },
      errors: [{ messageId: 'unknown', path: '/audio/voice', data: { value: 'Shimmer', param: 'audio.voice' }, suggestions: 1 }],
      output: null,
    },
  ],
});
