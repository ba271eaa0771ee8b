import { describe, expect, it } from 'vitest';
import validType from '../../../rules/structured-outputs/valid-type.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, SCHEMA } from './helpers.js';

runRuleTests(validType, {
  valid: [
    {
      code: format(
        closed({
          a: { type: ['null', 'string'] },
          b: { enum: ['x', 'y'] },
          c: { const: 1 },
          d: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        }),
      ),
    },
    {
      name: 'an object described by properties alone',
      code: format(closed({ o: { properties: {}, required: [], additionalProperties: false } })),
    },
  ],
  invalid: [
    {
      code: format(closed({ a: { type: ['string', 'integer', 'null'] } })),
      errors: [{ messageId: 'typeList', path: `${SCHEMA}/properties/a/type`, suggestions: 1 }],
    },
    { code: format(closed({ a: { type: ['string'] } })), errors: [{ messageId: 'typeList' }] },
    { code: format(closed({ a: { type: ['null', 'null'] } })), errors: [{ messageId: 'typeList' }] },
    { code: format(closed({ a: { type: 'any' } })), errors: [{ messageId: 'unknownType', data: { value: '`"any"`' } }] },
    {
      code: format(closed({ a: { type: ['datetime', 'null'] } })),
      errors: [{ messageId: 'unknownType', data: { value: '`"datetime"`' } }],
    },
    {
      code: format(closed({ a: { type: 'string', anyOf: [{ type: 'string' }] } })),
      errors: [{ messageId: 'typeAndAnyOf', path: `${SCHEMA}/properties/a/type` }],
    },
    { code: format(closed({ a: { description: 'Anything.' } })), errors: [{ messageId: 'missingType', path: `${SCHEMA}/properties/a` }] },
    {
      code: format(closed({ a: true, b: { type: 'array', items: false } })),
      errors: [
        { messageId: 'notASchema', path: `${SCHEMA}/properties/a` },
        { messageId: 'notASchema', path: `${SCHEMA}/properties/b/items` },
      ],
    },
  ],
});

describe('valid-type suggestion', () => {
  it('splits a type list into anyOf branches', () => {
    const [finding] = lint(format(closed({ a: { type: ['string', 'integer'] } })), {
      rules: { 'structured-outputs/valid-type': 'error' },
    }).diagnostics.filter((d) => d.ruleId === 'structured-outputs/valid-type');
    expect(finding!.suggestions![0]!.fix).toEqual([
      { op: 'remove', path: `${SCHEMA}/properties/a/type` },
      { op: 'add', path: `${SCHEMA}/properties/a/anyOf`, value: [{ type: 'string' }, { type: 'integer' }] },
    ]);
  });
});
