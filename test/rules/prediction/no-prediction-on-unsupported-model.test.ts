import unsupported from '../../../rules/prediction/no-prediction-on-unsupported-model.js';
import { runRuleTests } from '../../support/rule-tester.js';

const prediction = { type: 'content', content: 'x = 1' };

const messages = [{ role: 'user', content: 'Edit it.' }];

runRuleTests(unsupported, {
  valid: [
    { name: 'gpt-4.1-nano', code: { model: 'gpt-4.1-nano', prediction, messages } },
    { name: 'null', code: { model: 'o3', prediction: null, messages } },
    { name: 'fine-tune: unknown', code: { model: 'ft:gpt-4o-mini-2024-07-18:acme::x1', prediction, messages } },
  ],
  invalid: [
    {
      name: 'GPT-5',
      code: { model: 'gpt-5', prediction, messages },
      errors: [{ messageId: 'unsupported', path: '/prediction', suggestions: 1 }],
      output: null,
    },
  ],
});
