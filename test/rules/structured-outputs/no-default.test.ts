import noDefault from '../../../rules/structured-outputs/no-default.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, tool } from './helpers.js';

runRuleTests(noDefault, {
  valid: [
    { code: format(closed({ a: { type: 'string' } })) },
    { code: format({ type: 'object', properties: { a: { type: 'string', default: 'x' } } }, { strict: false }) },
  ],
  invalid: [
    {
      code: tool(closed({ a: { type: ['string', 'null'], default: null } })),
      errors: [{ messageId: 'default', path: '/tools/0/function/parameters/properties/a/default', suggestions: 1 }],
      output: null,
    },
  ],
});
