import noResponsesOnly from '../../../rules/models/no-responses-only-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noResponsesOnly, {
  valid: [
    { name: 'served by Chat', code: { model: 'gpt-4.1', messages } },
    { name: 'sources conflict (null): silent', code: { model: 'gpt-5.2-pro', messages } },
    { name: 'codex-mini-latest is null too', code: { model: 'codex-mini-latest', messages } },
  ],
  invalid: [
    {
      name: 'Responses-only',
      code: { model: 'gpt-5-pro', messages },
      errors: [{ messageId: 'responsesOnly', path: '/model', data: { model: 'gpt-5-pro' } }],
      output: null,
    },
    {
      name: 'dated snapshot of a Responses-only model',
      code: { model: 'o1-pro-2025-03-19', messages },
      errors: [{ messageId: 'responsesOnly', path: '/model' }],
    },
  ],
});
