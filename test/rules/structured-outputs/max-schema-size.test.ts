import rule from '../../../rules/structured-outputs/max-schema-size.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, SCHEMA } from './helpers.js';

/** An object with `count` string properties p0, p1, ... */
const props = (count: number, prefix = 'p') =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, { type: 'string' }]));
const original = { profile: 'original' };

/** A strict response format and a strict tool in one request, each with its own schema. */
function both(formatProps: number, toolProps: number) {
  return {
    ...format(closed(props(formatProps))),
    tools: [{ type: 'function', function: { name: 'f', strict: true, parameters: closed(props(toolProps, 'q')) } }],
    parallel_tool_calls: false,
  };
}

runRuleTests(rule, {
  valid: [
    { name: 'at the limit (100 properties, original profile)', code: format(closed(props(100))), options: original },
    { name: 'over the original limit but within the current one', code: format(closed(props(101))) },
    { name: 'a non-strict schema has no budget', code: format(closed(props(101)), { strict: false }), options: original },
    { name: 'each schema its own budget by default', code: both(60, 60), options: original },
    {
      name: '500 enum values',
      code: format(closed({ n: { type: 'integer', enum: Array.from({ length: 500 }, (_, i) => i) } })),
      options: original,
    },
  ],
  invalid: [
    {
      name: 'reported on the property that crosses the limit',
      code: format(closed(props(101))),
      options: original,
      errors: [
        {
          messageId: 'properties',
          path: `${SCHEMA}/properties/p100`,
          data: { scope: 'the strict schema of response format `r`', total: '101', limit: '100', profile: 'original' },
        },
      ],
      output: null,
    },
    {
      name: 'one shared budget with scope: request, reported in the schema that crosses it (the tool is counted first)',
      code: both(60, 60),
      options: { profile: 'original', scope: 'request' },
      errors: [{ messageId: 'properties', path: `${SCHEMA}/properties/p40` }],
    },
    {
      name: 'too many enum values',
      code: format(closed({ n: { type: 'integer', enum: Array.from({ length: 501 }, (_, i) => i) } })),
      options: original,
      errors: [
        {
          messageId: 'enumValues',
          data: { scope: 'the strict schema of response format `r`', total: '501', limit: '500', profile: 'original' },
        },
      ],
    },
  ],
});
