import rule from '../../../rules/service-tier/no-unavailable-service-tier.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(rule, {
  valid: [
    { name: 'auto', code: { model: 'gpt-3.5-turbo', service_tier: 'auto', messages } },
    { name: 'default', code: { model: 'gpt-3.5-turbo', service_tier: 'default', messages } },
    { name: 'scale is never tracked', code: { model: 'gpt-3.5-turbo', service_tier: 'scale', messages } },
    { name: 'fast on a priority model', code: { model: 'gpt-5', service_tier: 'fast', messages } },
    { name: 'unknown tier fact', code: { model: 'gpt-5.1', service_tier: 'flex', messages } },
    { name: 'null', code: { model: 'gpt-3.5-turbo', service_tier: null, messages } },
  ],
  invalid: [
    {
      name: 'fast is priority',
      code: { model: 'gpt-3.5-turbo', service_tier: 'fast', messages },
      errors: [{ messageId: 'unavailable', path: '/service_tier', data: { tier: 'fast', tierName: 'priority' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'priority on nano',
      code: { model: 'gpt-5.4-nano', service_tier: 'priority', messages },
      errors: [{ messageId: 'unavailable' }],
    },
  ],
});
