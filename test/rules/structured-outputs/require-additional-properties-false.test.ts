import rule from '../../../rules/structured-outputs/require-additional-properties-false.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, PARAMETERS, SCHEMA, tool } from './helpers.js';

const open = (properties: Record<string, unknown>) => ({ type: 'object', properties, required: Object.keys(properties) });

runRuleTests(rule, {
  valid: [
    { name: 'closed at every level', code: format(closed({ a: closed({ b: { type: 'string' } }) })) },
    { name: 'not strict', code: format(open({ a: { type: 'string' } }), { strict: false }) },
    { name: 'a non-strict tool', code: tool(open({ a: { type: 'string' } }), { strict: false }) },
  ],
  invalid: [
    {
      name: 'missing at the root: added by the fix',
      code: format(open({ a: { type: 'string' } })),
      errors: [{ messageId: 'missing', path: SCHEMA, data: { owner: 'response format `r`' } }],
      output: format(closed({ a: { type: 'string' } })),
    },
    {
      name: 'a nested object, in a strict tool',
      code: tool(closed({ a: open({ b: { type: 'string' } }) })),
      errors: [{ messageId: 'missing', path: `${PARAMETERS}/properties/a` }],
      output: tool(closed({ a: closed({ b: { type: 'string' } }) })),
    },
    {
      name: 'true is only a suggestion to flip, since it changes what the model may produce',
      code: format({ ...open({ a: { type: 'string' } }), additionalProperties: true }),
      errors: [
        {
          messageId: 'notFalse',
          path: `${SCHEMA}/additionalProperties`,
          data: { owner: 'response format `r`', value: '`true`' },
          suggestions: 1,
        },
      ],
      output: null,
    },
    {
      name: 'a schema as additionalProperties',
      code: format({ ...open({ a: { type: 'string' } }), additionalProperties: { type: 'string' } }),
      errors: [{ messageId: 'notFalse', data: { owner: 'response format `r`', value: '`{"type":"string"}`' } }],
    },
  ],
});
