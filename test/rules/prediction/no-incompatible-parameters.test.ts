import incompatible from '../../../rules/prediction/no-incompatible-parameters.js';
import { runRuleTests } from '../../support/rule-tester.js';

const prediction = { type: 'content', content: 'x = 1' };

const messages = [{ role: 'user', content: 'Edit it.' }];

const tool = { type: 'function', function: { name: 'edit' } };

runRuleTests(incompatible, {
  valid: [
    {
      name: 'defaults and zero penalties',
      code: {
        model: 'gpt-4o',
        prediction,
        n: 1,
        logprobs: false,
        presence_penalty: 0,
        frequency_penalty: -1,
        modalities: ['text'],
        messages,
      },
    },
    { name: 'nulls mean unset', code: { model: 'gpt-4o', prediction, max_completion_tokens: null, audio: null, tools: [], messages } },
    { name: 'no prediction', code: { model: 'gpt-4o', n: 3, logprobs: true, tools: [tool], messages } },
  ],
  invalid: [
    {
      name: 'every conflict, each at its key',
      code: {
        model: 'gpt-4o',
        prediction,
        n: 2,
        logprobs: true,
        presence_penalty: 0.5,
        frequency_penalty: 0.1,
        max_completion_tokens: 100,
        tools: [tool],
        tool_choice: 'auto',
        messages,
      },
      errors: ['/n', '/logprobs', '/presence_penalty', '/frequency_penalty', '/max_completion_tokens', '/tools'].map((path) => ({
        messageId: 'incompatible',
        path,
        suggestions: 2,
      })),
      output: null,
    },
    {
      name: 'audio output',
      code: { model: 'gpt-4o', prediction, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages },
      errors: [
        { messageId: 'incompatible', path: '/audio' },
        { messageId: 'incompatible', path: '/modalities' },
      ],
    },
  ],
});
