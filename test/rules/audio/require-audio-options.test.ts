import rule from '../../../rules/audio/require-audio-options.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Say hi.' }];
const audio = { voice: 'alloy', format: 'wav' };

runRuleTests(rule, {
  valid: [
    { name: 'audio modality with options', code: { model: 'gpt-4o-audio-preview', messages, modalities: ['text', 'audio'], audio } },
    { name: 'text only', code: { model: 'gpt-4o-audio-preview', messages, modalities: ['text'] } },
    { name: 'no modalities', code: { model: 'gpt-4.1', messages } },
    {
      name: 'a model without audio output: the other audio rule reports the modality',
      code: { model: 'gpt-4.1', messages, modalities: ['text', 'audio'] },
    },
  ],
  invalid: [
    {
      name: 'reported on the "audio" entry, with suggestions only',
      code: { model: 'gpt-4o-audio-preview', messages, modalities: ['text', 'audio'] },
      errors: [{ messageId: 'missingAudio', path: '/modalities/1', data: { modalities: 'modalities', audio: 'audio' }, suggestions: 2 }],
      output: null,
    },
    {
      name: 'audio: null counts as missing',
      code: { model: 'gpt-4o-audio-preview', messages, modalities: ['audio'], audio: null },
      errors: [{ messageId: 'missingAudio', path: '/modalities/0' }],
    },
    {
      name: 'an unknown model: the spec requires the options whatever the model',
      code: { model: 'acme-voice-1', messages, modalities: ['audio', 'text'] },
      errors: [{ messageId: 'missingAudio', path: '/modalities/0' }],
    },
  ],
});

/** Audio output unknown (`null`) is not `false`: the rule still asks for the options. */
const unknownAudio = createModelRegistry({
  customModels: [customEntry(['speaker-x'], { features: { ...customEntry([]).features, audioOutput: null } })],
});
runRuleTests(
  rule,
  {
    valid: [],
    invalid: [
      {
        name: 'audio output unknown',
        code: { model: 'speaker-x', messages, modalities: ['audio'] },
        errors: [{ messageId: 'missingAudio', path: '/modalities/0' }],
      },
    ],
  },
  { registry: unknownAudio },
);
