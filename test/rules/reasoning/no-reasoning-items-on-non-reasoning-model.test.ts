import rule from '../../../rules/reasoning/no-reasoning-items-on-non-reasoning-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const ask = { role: 'user', content: 'Plan a trip.' };
const reasoning = (id: string) => ({ type: 'reasoning', id, summary: [] });
const answer = { role: 'assistant', content: [{ type: 'output_text', text: 'Day 1…', annotations: [] }] };
const request = (model: string, ...input: object[]) => ({ model, input });

runRuleTests(rule, {
  valid: [
    { name: 'a reasoning model', code: request('o4-mini', ask, reasoning('rs_1'), answer, ask) },
    { name: 'the computer-use model takes them too', code: request('computer-use-preview', ask, reasoning('rs_1'), answer, ask) },
    { name: 'no reasoning items', code: request('gpt-4.1', ask, answer, ask) },
    { name: 'an unknown model: silent', code: request('my-deployment', ask, reasoning('rs_1'), answer, ask) },
    { name: 'string input', code: { model: 'gpt-4.1', input: 'hi' } },
  ],
  invalid: [
    {
      name: 'one reasoning item: removed by the fix',
      code: request('gpt-4.1', ask, reasoning('rs_1'), answer, ask),
      errors: [{ messageId: 'notReasoning', path: '/input/1', data: { item: 'input[1]', model: 'gpt-4.1', others: '' } }],
      output: request('gpt-4.1', ask, answer, ask),
    },
    {
      name: 'several: one finding, all removed',
      code: request('gpt-4o', ask, reasoning('rs_1'), answer, ask, reasoning('rs_2'), answer, ask),
      errors: [{ messageId: 'notReasoning', path: '/input/1', data: { others: ' (and 1 more in `input`)' } }],
      output: request('gpt-4o', ask, answer, ask, answer, ask),
    },
  ],
});
