import rule from '../../../rules/responses/no-chat-only-parameters.js';
import { runRuleTests } from '../../support/rule-tester.js';

const base = { model: 'gpt-5', input: 'hi' };

runRuleTests(rule, {
  valid: [
    {
      name: 'the Responses spellings',
      code: { ...base, max_output_tokens: 100, reasoning: { effort: 'low' }, text: { verbosity: 'low' } },
    },
    {
      name: "a Chat request is not this rule's business",
      code: { model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }], max_tokens: 100, seed: 1 },
      api: 'chat.completions',
    },
  ],
  invalid: [
    {
      name: 'moved to its Responses name',
      code: { ...base, max_tokens: 100 },
      errors: [
        { messageId: 'chatOnly', path: '/max_tokens', data: { param: 'max_tokens', instead: 'use `max_output_tokens` (at least 16)' } },
      ],
      output: { ...base, max_output_tokens: 100 },
    },
    {
      name: 'the parent object is created for a nested target',
      code: { ...base, reasoning_effort: 'low' },
      errors: [{ messageId: 'chatOnly', path: '/reasoning_effort' }],
      output: { ...base, reasoning: { effort: 'low' } },
    },
    {
      name: 'moved into an existing parent',
      code: { ...base, text: { format: { type: 'text' } }, verbosity: 'high' },
      errors: [{ messageId: 'chatOnly', path: '/verbosity' }],
      output: { ...base, text: { format: { type: 'text' }, verbosity: 'high' } },
    },
    {
      name: 'no fix when the target is already set',
      code: { ...base, max_tokens: 100, max_output_tokens: 200 },
      errors: [{ messageId: 'chatOnly', path: '/max_tokens' }],
      output: null,
    },
    {
      name: 'no fix when the target parent already has it',
      code: { ...base, reasoning: { effort: 'high' }, reasoning_effort: 'low' },
      errors: [{ messageId: 'chatOnly', path: '/reasoning_effort' }],
      output: null,
    },
    {
      name: 'a parameter with no equivalent: no fix',
      code: { ...base, seed: 7 },
      errors: [{ messageId: 'chatOnly', path: '/seed' }],
      output: null,
    },
    { name: 'a null value is still an unknown key', code: { ...base, stop: null }, errors: [{ messageId: 'chatOnly', path: '/stop' }] },
    {
      name: 'a nested key',
      code: { ...base, stream: true, stream_options: { include_usage: true } },
      errors: [{ messageId: 'chatOnly', path: '/stream_options/include_usage' }],
    },
    {
      name: 'several at once',
      code: { ...base, n: 2, logit_bias: { '50256': -100 } },
      errors: [
        { messageId: 'chatOnly', path: '/logit_bias' },
        { messageId: 'chatOnly', path: '/n' },
      ],
    },
  ],
});
