import noTruncation from '../../../rules/deprecated/no-truncation.js';
import { runRuleTests } from '../../support/rule-tester.js';

runRuleTests(noTruncation, {
  valid: [{ name: 'null', code: { model: 'gpt-5', truncation: null, input: 'hi' }, api: 'responses' }],
  invalid: [
    {
      name: 'disabled is the default: removed',
      code: { model: 'gpt-5', truncation: 'disabled', input: 'hi' },
      api: 'responses',
      errors: [{ messageId: 'defaultValue', path: '/truncation' }],
      output: { model: 'gpt-5', input: 'hi' },
    },
    {
      name: 'auto: no rewrite',
      code: { model: 'gpt-5', truncation: 'auto', input: 'hi' },
      api: 'responses',
      errors: [{ messageId: 'deprecated', path: '/truncation' }],
      output: null,
    },
  ],
});
