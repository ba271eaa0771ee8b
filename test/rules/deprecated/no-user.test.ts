import noUser from '../../../rules/deprecated/no-user.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noUser, {
  valid: [{ name: 'safety_identifier', code: { model: 'gpt-4o', safety_identifier: 'u1', messages } }],
  invalid: [
    {
      name: 'both targets free',
      code: { model: 'gpt-4o', user: 'u1', messages },
      errors: [{ messageId: 'deprecated', path: '/user', suggestions: 2 }],
      output: null,
    },
    {
      name: 'too long for safety_identifier',
      code: { model: 'gpt-4o', user: 'x'.repeat(65), messages },
      errors: [{ messageId: 'deprecated', suggestions: 1 }],
    },
    {
      name: 'both targets taken',
      code: { model: 'gpt-4o', user: 'u1', safety_identifier: 's', prompt_cache_key: 'k', messages },
      errors: [{ messageId: 'deprecated', suggestions: 0 }],
    },
  ],
});

runRuleTests(noUser, {
  valid: [],
  invalid: [
    {
      name: 'Responses too',
      code: { model: 'gpt-5', user: 'u1', input: 'hi' },
      api: 'responses',
      errors: [{ messageId: 'deprecated', path: '/user', suggestions: 2 }],
    },
  ],
});
