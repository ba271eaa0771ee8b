import rule from '../../../rules/messages/no-unsupported-instruction-role.js';
import { runRuleTests } from '../../support/rule-tester.js';

const user = { role: 'user', content: 'What is the capital of Italy?' };

runRuleTests(rule, {
  valid: [
    { name: 'system on a model that takes it', code: { model: 'gpt-4.1', messages: [{ role: 'system', content: 'Be brief.' }, user] } },
    { name: 'developer on a reasoning model', code: { model: 'o3', messages: [{ role: 'developer', content: 'Be brief.' }, user] } },
    { name: 'roles unknown in the data: silent', code: { model: 'gpt-6-sol', messages: [{ role: 'system', content: 'Be brief.' }, user] } },
    { name: 'only user messages', code: { model: 'o1-mini', messages: [user] } },
  ],
  invalid: [
    {
      name: 'system on o1-mini, suggestion to user',
      code: { model: 'o1-mini', messages: [{ role: 'system', content: 'Be brief.' }, user] },
      errors: [{ messageId: 'unsupported', path: '/messages/0/role', data: { role: 'system' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'developer later in the conversation',
      code: { model: 'o1-preview', messages: [user, { role: 'developer', content: 'Be brief.' }, user] },
      errors: [{ messageId: 'unsupported', path: '/messages/1/role', data: { role: 'developer' } }],
    },
  ],
});
