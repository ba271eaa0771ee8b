import requirePropertiesAndItems from '../../../rules/structured-outputs/require-properties-and-items.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, PARAMETERS, SCHEMA, tool } from './helpers.js';

runRuleTests(requirePropertiesAndItems, {
  valid: [{ code: tool(closed({})) }, { code: format(closed({ list: { type: 'array', items: { type: 'string' } } })) }],
  invalid: [
    {
      name: 'a tool without arguments gets the empty closed object',
      code: tool({ type: 'object', additionalProperties: false }),
      errors: [{ messageId: 'noProperties', path: PARAMETERS }],
      output: tool({ type: 'object', additionalProperties: false, properties: {}, required: [] }),
    },
    {
      name: 'a map is not fixed automatically',
      code: format(closed({ m: { type: 'object', additionalProperties: { type: 'string' } } })),
      errors: [{ messageId: 'noProperties', path: `${SCHEMA}/properties/m` }],
      output: null,
    },
    { code: format(closed({ list: { type: ['array', 'null'] } })), errors: [{ messageId: 'noItems', path: `${SCHEMA}/properties/list` }] },
  ],
});
