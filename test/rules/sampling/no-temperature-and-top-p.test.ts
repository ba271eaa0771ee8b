import temperatureAndTopP from '../../../rules/sampling/no-temperature-and-top-p.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(temperatureAndTopP, {
  valid: [
    { name: 'only temperature', code: { model: 'gpt-4o', temperature: 0.2, messages } },
    { name: 'top_p at its default', code: { model: 'gpt-4o', temperature: 0.2, top_p: 1, messages } },
    { name: 'temperature null', code: { model: 'gpt-4o', temperature: null, top_p: 0.5, messages } },
    { name: 'a model that rejects them: the other rule reports', code: { model: 'o3', temperature: 0.2, top_p: 0.5, messages } },
  ],
  invalid: [
    {
      name: 'both changed',
      code: { model: 'gpt-4o', temperature: 0.2, top_p: 0.5, messages },
      errors: [{ messageId: 'both', path: '/top_p', data: { temperatureValue: '0.2', topPValue: '0.5' }, suggestions: 2 }],
      output: null,
    },
    { name: 'unknown model', code: { model: 'my-deployment', temperature: 0, top_p: 0.1, messages }, errors: [{ messageId: 'both' }] },
  ],
});
