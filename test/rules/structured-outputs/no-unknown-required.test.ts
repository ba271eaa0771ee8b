import unknownRequired from '../../../rules/structured-outputs/no-unknown-required.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { tool, closed } from '../embedded-schemas/helpers.js';

runRuleTests(unknownRequired, {
  valid: [
    { name: 'required matches properties', code: tool(closed({ a: { type: 'string' } }, ['a']), true) },
    {
      name: 'non-strict schemas are not checked (no source shows a rejection there)',
      code: tool({ type: 'object', properties: {}, required: ['x'] }),
    },
  ],
  invalid: [
    {
      name: 'a renamed property left behind',
      code: tool(closed({ full_name: { type: 'string' } }, ['full_name', 'name']), true),
      errors: [{ messageId: 'unknown', path: '/tools/0/function/parameters/required/1', data: { name: 'name' }, suggestions: 1 }],
    },
    {
      name: 'in a nested object',
      code: tool(closed({ inner: closed({ a: { type: 'string' } }, ['a', 'b']) }, ['inner']), true),
      errors: [{ messageId: 'unknown', path: '/tools/0/function/parameters/properties/inner/required/1' }],
    },
  ],
});
