import validPattern from '../../../rules/structured-outputs/valid-pattern.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, tool } from './helpers.js';

runRuleTests(validPattern, {
  valid: [
    { code: format(closed({ zip: { type: 'string', pattern: '^[0-9]{5}$' } })) },
    // Accepted without the `u` flag: the API's engine is not JavaScript's, so this stays lenient.
    { code: format(closed({ code: { type: 'string', pattern: '^[a-z\\-]+$' } })) },
    // Not strict: the API does not compile the schema as a Structured Outputs schema.
    { code: format({ type: 'object', properties: { a: { type: 'string', pattern: '(a+' } } }, { strict: false }) },
  ],
  invalid: [
    {
      code: format(closed({ name: { type: 'string', pattern: '(a+' } })),
      errors: [{ messageId: 'invalid', path: '/response_format/json_schema/schema/properties/name/pattern' }],
      output: null,
    },
    {
      code: tool(closed({ a: { type: 'string', pattern: '[z-a]' }, b: { type: 'string', pattern: '*x' } })),
      errors: [
        { messageId: 'invalid', path: '/tools/0/function/parameters/properties/a/pattern' },
        { messageId: 'invalid', path: '/tools/0/function/parameters/properties/b/pattern' },
      ],
      output: null,
    },
  ],
});
