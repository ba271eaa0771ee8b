import arrayItems from '../../../rules/embedded-schemas/require-array-items.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { tool, closed } from './helpers.js';

runRuleTests(arrayItems, {
  valid: [
    { name: 'items given', code: tool({ type: 'object', properties: { a: { type: 'array', items: { type: 'string' } } } }) },
    { name: "strict schemas are the strict rule's", code: tool(closed({ a: { type: 'array' } }, ['a']), true) },
  ],
  invalid: [
    {
      name: 'the MCP case',
      code: tool({ type: 'object', properties: { paths: { type: 'array' } } }),
      errors: [{ messageId: 'noItems', path: '/tools/0/function/parameters/properties/paths', data: { at: '/properties/paths' } }],
    },
    {
      name: 'nullable array in $defs, two findings',
      code: tool({ type: 'object', properties: { a: { type: ['array', 'null'] } }, $defs: { B: { type: 'array' } } }),
      errors: [
        { messageId: 'noItems', path: '/tools/0/function/parameters/properties/a' },
        { messageId: 'noItems', path: '/tools/0/function/parameters/$defs/B' },
      ],
    },
  ],
});
