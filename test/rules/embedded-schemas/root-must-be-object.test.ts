import rootObject from '../../../rules/embedded-schemas/root-must-be-object.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { tool, responsesTool } from './helpers.js';

runRuleTests(rootObject, {
  valid: [
    { name: 'object root', code: tool({ type: 'object', properties: {} }) },
    { name: 'no arguments: empty schema is left alone', code: tool({}) },
    { name: "strict schemas are the strict rule's", code: tool({ type: 'array', items: { type: 'string' } }, true) },
  ],
  invalid: [
    {
      name: 'pydantic $ref root',
      code: tool({ $ref: '#/$defs/A', $defs: { A: { type: 'object', properties: {} } } }),
      errors: [{ messageId: 'union', path: '/tools/0/function/parameters/$ref', data: { keyword: '$ref' } }],
    },
    {
      name: 'zod union root, strict: false',
      code: tool({ anyOf: [{ type: 'object' }, { type: 'object' }] }, false),
      errors: [{ messageId: 'union', path: '/tools/0/function/parameters/anyOf' }],
    },
    {
      name: 'a type list',
      code: tool({ type: ['object', 'null'] }),
      errors: [{ messageId: 'notObject', path: '/tools/0/function/parameters/type', data: { value: '`["object","null"]`' } }],
    },
    {
      name: 'Responses tool with strict unsaid falls back to non-strict: still needs an object',
      code: responsesTool({ type: 'string' }),
      errors: [{ messageId: 'notObject', path: '/tools/0/parameters/type' }],
    },
    {
      name: 'Responses text.format without strict',
      code: { model: 'gpt-4.1', input: 'hi', text: { format: { type: 'json_schema', name: 'r', schema: { type: 'array', items: {} } } } },
      errors: [{ messageId: 'notObject', path: '/text/format/schema/type' }],
    },
  ],
});
