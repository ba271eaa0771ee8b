import rule from '../../../rules/audio/no-audio-options-without-modality.js';
import { runRuleTests } from '../../support/rule-tester.js';

const base = { model: 'gpt-4o-audio-preview', messages: [{ role: 'user', content: 'Say hi.' }] };
const audio = { voice: 'alloy', format: 'wav' };

runRuleTests(rule, {
  valid: [
    { name: 'audio with the audio modality', code: { ...base, modalities: ['text', 'audio'], audio } },
    { name: 'no audio options', code: { ...base, modalities: ['text'] } },
    { name: 'audio: null is no options', code: { ...base, audio: null } },
  ],
  invalid: [
    {
      name: 'no modalities at all: adding them is a suggestion, not a fix',
      code: { ...base, audio },
      errors: [{ messageId: 'noModality', path: '/audio', data: { audio: 'audio', modalities: 'modalities' }, suggestions: 2 }],
      output: null,
    },
    {
      name: 'text-only modalities',
      code: { ...base, modalities: ['text'], audio },
      errors: [{ messageId: 'noModality', path: '/audio', suggestions: 2 }],
      output: null,
    },
    { name: 'empty modalities', code: { ...base, modalities: [], audio }, errors: [{ messageId: 'noModality', path: '/audio' }] },
  ],
});
