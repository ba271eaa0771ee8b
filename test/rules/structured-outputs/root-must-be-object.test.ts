import rootMustBeObject from '../../../rules/structured-outputs/root-must-be-object.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, PARAMETERS, SCHEMA, tool } from './helpers.js';

runRuleTests(rootMustBeObject, {
  valid: [
    { code: format(closed({ a: { type: 'string' } })) },
    { name: 'not strict', code: format({ type: 'array', items: { type: 'string' } }, { strict: false }) },
  ],
  invalid: [
    {
      code: format({ type: 'array', items: { type: 'string' } }),
      errors: [{ messageId: 'notObject', path: `${SCHEMA}/type` }],
      output: null,
    },
    {
      code: tool({ type: ['object', 'null'], properties: {}, required: [], additionalProperties: false }),
      errors: [{ messageId: 'notObject', path: `${PARAMETERS}/type` }],
    },
    {
      code: format({ anyOf: [closed({ a: { type: 'string' } })] }),
      errors: [{ messageId: 'union', path: `${SCHEMA}/anyOf`, data: { keyword: 'anyOf' } }],
    },
    {
      code: format({ $ref: '#/$defs/a', $defs: { a: closed({}) } }),
      errors: [{ messageId: 'union', path: `${SCHEMA}/$ref`, data: { keyword: '$ref' } }],
    },
    { code: format({ properties: {}, required: [], additionalProperties: false }), errors: [{ messageId: 'noType', path: SCHEMA }] },
  ],
});
