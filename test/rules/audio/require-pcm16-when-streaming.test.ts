import rule from '../../../rules/audio/require-pcm16-when-streaming.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Say hi.' }];

runRuleTests(rule, {
  valid: [
    {
      name: 'pcm16',
      code: { model: 'gpt-audio', stream: true, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'pcm16' }, messages },
    },
    {
      name: 'not streamed',
      code: { model: 'gpt-audio', modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages },
    },
    {
      name: 'stream false',
      code: { model: 'gpt-audio', stream: false, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages },
    },
  ],
  invalid: [
    {
      name: 'wav streamed',
      code: { model: 'gpt-audio', stream: true, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages },
      errors: [{ messageId: 'notPcm16', path: '/audio/format', data: { format: 'audio.format', value: 'wav' }, suggestions: 1 }],
      output: null,
    },
  ],
});
