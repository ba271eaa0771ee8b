import rule from '../../../rules/reasoning/valid-reasoning-effort.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Think.' }];

runRuleTests(rule, {
  valid: [
    { name: 'null where the registry does not know (gpt-5)', code: { model: 'gpt-5', reasoning_effort: null, messages } },
    { name: 'max on gpt-5.6', code: { model: 'gpt-5.6-sol', reasoning_effort: 'max', messages } },
    { name: 'unknown effort set: silent', code: { model: 'gpt-6-sol', reasoning_effort: 'minimal', messages } },
    { name: 'non-reasoning model: the other rule reports', code: { model: 'gpt-4o', reasoning_effort: 'high', messages } },
  ],
  invalid: [
    {
      name: 'explicit null on gpt-5.1 is removed',
      code: { model: 'gpt-5.1-2025-11-13', reasoning_effort: null, messages },
      errors: [{ messageId: 'nullEffort', path: '/reasoning_effort', data: { default: 'none' } }],
      output: { model: 'gpt-5.1-2025-11-13', messages },
    },
    {
      name: 'a model that takes no effort',
      code: {
        model: 'o1-mini',
        reasoning_effort: 'low',
        messages: [
          { role: 'user', content: 'Think.' },
          { role: 'assistant', content: 'ok' },
          { role: 'user', content: 'More.' },
        ],
      },
      errors: [{ messageId: 'notAccepted', path: '/reasoning_effort' }],
      output: {
        model: 'o1-mini',
        messages: [
          { role: 'user', content: 'Think.' },
          { role: 'assistant', content: 'ok' },
          { role: 'user', content: 'More.' },
        ],
      },
    },
    {
      name: 'grey-zone chat model with a single effort',
      code: { model: 'gpt-5.2-chat-latest', reasoning_effort: 'high', messages },
      errors: [{ messageId: 'unsupported', data: { allowed: '"medium"' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'none before gpt-5.1: nearest values suggested',
      code: { model: 'o3', reasoning_effort: 'none', messages },
      errors: [{ messageId: 'unsupported', data: { value: 'none' }, suggestions: 2 }],
    },
  ],
});
