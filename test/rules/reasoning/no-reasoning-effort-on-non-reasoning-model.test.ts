import rule from '../../../rules/reasoning/no-reasoning-effort-on-non-reasoning-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'hi' }];

runRuleTests(rule, {
  valid: [
    { name: 'a reasoning model', code: { model: 'o3', messages, reasoning_effort: 'high' } },
    { name: 'no effort', code: { model: 'gpt-4.1', messages } },
    { name: 'effort null', code: { model: 'gpt-4.1', messages, reasoning_effort: null } },
    { name: 'unknown model: silent', code: { model: 'acme-1', messages, reasoning_effort: 'low' } },
    // LangChain leaves reasoning options out for a model it does not take for a reasoning one, so the
    // wire request has none (langchain/no-dropped-options reports the dropped key instead).
    { name: 'LangChain: not sent, so not this rule', code: { model: 'gpt-4.1', reasoningEffort: 'low' }, api: 'langchain' },
    { name: 'Responses, reasoning model', code: { model: 'o3', input: 'hi', reasoning: { effort: 'low' } } },
  ],
  invalid: [
    {
      name: 'Chat: removed by the fix',
      code: { model: 'gpt-4.1', messages, reasoning_effort: 'low' },
      errors: [{ messageId: 'notReasoning', path: '/reasoning_effort', data: { param: 'reasoning_effort', model: 'gpt-4.1' } }],
      output: { model: 'gpt-4.1', messages },
    },
    {
      name: 'Responses spelling',
      code: { model: 'gpt-4.1', input: 'hi', reasoning: { effort: 'low' } },
      errors: [{ messageId: 'notReasoning', path: '/reasoning/effort', data: { param: 'reasoning.effort', model: 'gpt-4.1' } }],
      output: { model: 'gpt-4.1', input: 'hi', reasoning: {} },
    },
  ],
});
