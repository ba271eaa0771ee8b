import rule from '../../../rules/params/no-responses-parameters.js';
import { lint } from '../../../src/engine/lint.js';
import { RESPONSES_ONLY_PARAMETERS } from '../../../src/facts/responses-parameters.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { describe, expect, it } from 'vitest';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(rule, {
  valid: [
    {
      name: 'Chat fields',
      code: { model: 'gpt-4.1', max_completion_tokens: 100, reasoning_effort: null, verbosity: 'medium', messages },
      api: 'chat.completions',
    },
  ],
  invalid: [
    {
      name: 'max_output_tokens is renamed',
      code: { model: 'gpt-4.1', max_output_tokens: 100, messages },
      api: 'chat.completions',
      errors: [{ messageId: 'responsesOnly', path: '/max_output_tokens' }],
      output: { model: 'gpt-4.1', max_completion_tokens: 100, messages },
    },
    {
      name: 'no rename when max_completion_tokens is set',
      code: { model: 'gpt-4.1', max_output_tokens: 100, max_completion_tokens: 50, messages },
      api: 'chat.completions',
      errors: [{ messageId: 'responsesOnly', path: '/max_output_tokens' }],
      output: null,
    },
    {
      name: 'several at once, in document order',
      code: { model: 'o3', instructions: 'Be brief.', reasoning: { effort: 'low' }, text: { verbosity: 'low' }, messages },
      api: 'chat.completions',
      errors: [
        { messageId: 'responsesOnly', path: '/instructions' },
        { messageId: 'responsesOnly', path: '/reasoning' },
        { messageId: 'responsesOnly', path: '/text' },
      ],
    },
  ],
});

describe('params/no-responses-parameters replaces the generic unknown-key finding', () => {
  it('leaves one diagnostic per foreign key, from this rule', () => {
    for (const key of Object.keys(RESPONSES_ONLY_PARAMETERS)) {
      const { diagnostics } = lint({ model: 'gpt-4.1', messages, [key]: 1 }, { api: 'chat.completions' });
      expect(
        diagnostics.filter((d) => d.path === `/${key}`).map((d) => d.ruleId),
        key,
      ).toEqual(['params/no-responses-parameters']);
    }
  });
});

describe('params/no-responses-parameters on a body that fails the schema elsewhere', () => {
  it('still explains the Responses keys when `messages` is missing', () => {
    const { diagnostics } = lint({ model: 'gpt-4.1', input: 'Summarise: refund delayed.' }, { api: 'chat.completions' });
    expect(diagnostics.map((d) => `${d.ruleId} ${d.path}`)).toEqual(['schema/missing-property ', 'params/no-responses-parameters /input']);
  });
});
