import rule from '../../../rules/models/no-output-tokens-over-limit.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Write a story.' }];

runRuleTests(rule, {
  valid: [
    { name: 'at the limit', code: { model: 'gpt-4o', max_tokens: 16384, messages } },
    { name: 'max_completion_tokens under a reasoning model limit', code: { model: 'o3', max_completion_tokens: 100000, messages } },
    { name: 'null cap', code: { model: 'gpt-4o', max_completion_tokens: null, messages } },
    { name: 'limit unknown: no check', code: { model: 'gpt-5.1-mini', max_completion_tokens: 10_000_000, messages } },
    { name: 'unknown model: no check', code: { model: 'my-own-model', max_completion_tokens: 10_000_000, messages } },
  ],
  invalid: [
    {
      name: 'the API example: max_tokens 100000 on gpt-4o',
      code: { model: 'gpt-4o', max_tokens: 100000, messages },
      errors: [{ messageId: 'tooLarge', path: '/max_tokens', data: { value: '100000', limit: '16384', model: 'gpt-4o' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'both caps over the limit: one finding each',
      code: { model: 'gpt-4.1-mini', max_tokens: 40000, max_completion_tokens: 40000, messages },
      errors: [
        { messageId: 'tooLarge', path: '/max_tokens', data: { limit: '32768' } },
        { messageId: 'tooLarge', path: '/max_completion_tokens', data: { limit: '32768' } },
      ],
    },
    {
      name: 'a dated snapshot resolves to its limit',
      code: { model: 'gpt-4o-2024-05-13', max_completion_tokens: 8000, messages },
      errors: [{ messageId: 'tooLarge', path: '/max_completion_tokens', data: { limit: '4096' } }],
    },
    {
      name: 'Responses max_output_tokens',
      code: { model: 'gpt-4o-mini', input: 'hi', max_output_tokens: 20000 },
      errors: [{ messageId: 'tooLarge', path: '/max_output_tokens' }],
    },
  ],
});

// A custom entry's own limit is checked the same way (custom entries are how users record raised limits).
const withLimit = createModelRegistry({
  customModels: [
    {
      ...customEntry(['house-model']),
      limits: { maxOutputTokens: 1000, maxInputTokens: null, source: 'our-contract', checked: '2026-12-01' },
    },
  ],
});
runRuleTests(
  rule,
  {
    valid: [{ name: 'under a custom limit', code: { model: 'house-model', max_completion_tokens: 1000, messages } }],
    invalid: [
      {
        name: 'over a custom limit',
        code: { model: 'house-model', max_completion_tokens: 1001, messages },
        errors: [{ messageId: 'tooLarge', data: { limit: '1000' } }],
      },
    ],
  },
  { registry: withLimit },
);
