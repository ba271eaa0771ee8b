import noSeed from '../../../rules/deprecated/no-seed.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noSeed, {
  valid: [{ name: 'null', code: { model: 'gpt-4o', seed: null, messages } }],
  invalid: [
    {
      name: 'seed',
      code: { model: 'gpt-4o', seed: 7, messages },
      errors: [{ messageId: 'deprecated', path: '/seed', suggestions: 1 }],
      output: null,
    },
  ],
});
