import rule from '../../../rules/responses/require-explicit-strict.js';
import { runRuleTests } from '../../support/rule-tester.js';

// `units` is optional: the implied strict mode would make it required, which is what the rule warns of.
const parameters = {
  type: 'object',
  properties: { city: { type: 'string' }, units: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
};
const allRequired = { ...parameters, required: ['city', 'units'] };
const fn = (extra: object) => ({ type: 'function', name: 'weather', parameters, ...extra });
const base = { model: 'gpt-5', input: 'Weather in Paris?' };

runRuleTests(rule, {
  valid: [
    { name: 'strict: true', code: { ...base, tools: [fn({ strict: true })] } },
    { name: 'strict: false', code: { ...base, tools: [fn({ strict: false })] } },
    { name: 'a built-in tool', code: { ...base, tools: [{ type: 'web_search' }] } },
    {
      name: 'strict mode would change nothing: every property is already required',
      code: { ...base, tools: [{ ...fn({}), parameters: allRequired }] },
    },
    {
      name: 'Chat Completions does not make tools strict',
      code: {
        model: 'gpt-5',
        messages: [{ role: 'user', content: 'hi' }],
        tools: [{ type: 'function', function: { name: 'weather', parameters } }],
      },
    },
  ],
  invalid: [
    {
      name: 'reported on the name, with both choices as suggestions',
      code: { ...base, tools: [fn({})] },
      errors: [{ messageId: 'implicit', path: '/tools/0/name', data: { name: 'weather' }, suggestions: 2 }],
      output: null,
    },
    {
      name: 'one finding per tool',
      code: { ...base, tools: [{ type: 'web_search' }, fn({}), { ...fn({}), name: 'forecast' }] },
      errors: [
        { messageId: 'implicit', path: '/tools/1/name' },
        { messageId: 'implicit', path: '/tools/2/name', data: { name: 'forecast' } },
      ],
    },
  ],
});
