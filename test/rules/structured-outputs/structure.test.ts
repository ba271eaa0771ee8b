import { describe, expect, it } from 'vitest';
import rootMustBeObject from '../../../rules/structured-outputs/root-must-be-object.js';
import requirePropertiesAndItems from '../../../rules/structured-outputs/require-properties-and-items.js';
import requireAllPropertiesRequired from '../../../rules/structured-outputs/require-all-properties-required.js';
import validType from '../../../rules/structured-outputs/valid-type.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, PARAMETERS, SCHEMA, tool } from './helpers.js';

runRuleTests(rootMustBeObject, {
  valid: [{ code: format(closed({ a: { type: 'string' } })) }, { name: 'not strict', code: format({ type: 'array', items: { type: 'string' } }, { strict: false }) }],
  invalid: [
    { code: format({ type: 'array', items: { type: 'string' } }), errors: [{ messageId: 'notObject', path: `${SCHEMA}/type` }], output: null },
    { code: tool({ type: ['object', 'null'], properties: {}, required: [], additionalProperties: false }), errors: [{ messageId: 'notObject', path: `${PARAMETERS}/type` }] },
    { code: format({ anyOf: [closed({ a: { type: 'string' } })] }), errors: [{ messageId: 'union', path: `${SCHEMA}/anyOf`, data: { keyword: 'anyOf' } }] },
    { code: format({ $ref: '#/$defs/a', $defs: { a: closed({}) } }), errors: [{ messageId: 'union', path: `${SCHEMA}/$ref`, data: { keyword: '$ref' } }] },
    { code: format({ properties: {}, required: [], additionalProperties: false }), errors: [{ messageId: 'noType', path: SCHEMA }] },
  ],
});

runRuleTests(requirePropertiesAndItems, {
  valid: [{ code: tool(closed({})) }, { code: format(closed({ list: { type: 'array', items: { type: 'string' } } })) }],
  invalid: [
    {
      name: 'a tool without arguments gets the empty closed object',
      code: tool({ type: 'object', additionalProperties: false }),
      errors: [{ messageId: 'noProperties', path: PARAMETERS }],
      output: tool({ type: 'object', additionalProperties: false, properties: {}, required: [] }),
    },
    { name: 'a map is not fixed automatically', code: format(closed({ m: { type: 'object', additionalProperties: { type: 'string' } } })), errors: [{ messageId: 'noProperties', path: `${SCHEMA}/properties/m` }], output: null },
    { code: format(closed({ list: { type: ['array', 'null'] } })), errors: [{ messageId: 'noItems', path: `${SCHEMA}/properties/list` }] },
  ],
});

runRuleTests(validType, {
  valid: [
    { code: format(closed({ a: { type: ['null', 'string'] }, b: { enum: ['x', 'y'] }, c: { const: 1 }, d: { anyOf: [{ type: 'string' }, { type: 'null' }] } })) },
    { name: 'an object described by properties alone', code: format(closed({ o: { properties: {}, required: [], additionalProperties: false } })) },
  ],
  invalid: [
    { code: format(closed({ a: { type: ['string', 'integer', 'null'] } })), errors: [{ messageId: 'typeList', path: `${SCHEMA}/properties/a/type`, suggestions: 1 }] },
    { code: format(closed({ a: { type: ['string'] } })), errors: [{ messageId: 'typeList' }] },
    { code: format(closed({ a: { type: ['null', 'null'] } })), errors: [{ messageId: 'typeList' }] },
    { code: format(closed({ a: { type: 'any' } })), errors: [{ messageId: 'unknownType', data: { value: '`"any"`' } }] },
    { code: format(closed({ a: { type: ['datetime', 'null'] } })), errors: [{ messageId: 'unknownType', data: { value: '`"datetime"`' } }] },
    { code: format(closed({ a: { type: 'string', anyOf: [{ type: 'string' }] } })), errors: [{ messageId: 'typeAndAnyOf', path: `${SCHEMA}/properties/a/type` }] },
    { code: format(closed({ a: { description: 'Anything.' } })), errors: [{ messageId: 'missingType', path: `${SCHEMA}/properties/a` }] },
    { code: format(closed({ a: true, b: { type: 'array', items: false } })), errors: [{ messageId: 'notASchema', path: `${SCHEMA}/properties/a` }, { messageId: 'notASchema', path: `${SCHEMA}/properties/b/items` }] },
  ],
});

describe('valid-type suggestion', () => {
  it('splits a type list into anyOf branches', () => {
    const [finding] = lint(format(closed({ a: { type: ['string', 'integer'] } })), { rules: { 'structured-outputs/valid-type': 'error' } }).diagnostics.filter((d) => d.ruleId === 'structured-outputs/valid-type');
    expect(finding!.suggestions![0]!.fix).toEqual([
      { op: 'remove', path: `${SCHEMA}/properties/a/type` },
      { op: 'add', path: `${SCHEMA}/properties/a/anyOf`, value: [{ type: 'string' }, { type: 'integer' }] },
    ]);
  });
});

describe('require-all-properties-required suggestion', () => {
  const suggestion = (property: Record<string, unknown>) =>
    lint(format({ type: 'object', properties: { p: property }, required: [], additionalProperties: false }), { rules: { [requireAllPropertiesRequired.id]: 'error' } }).diagnostics.find((d) => d.ruleId === requireAllPropertiesRequired.id)!.suggestions![0]!.fix;

  it('adds null to an enum as well as to the type, so null is really allowed', () => {
    expect(suggestion({ type: 'string', enum: ['a', 'b'] })).toEqual([
      { op: 'add', path: `${SCHEMA}/required/-`, value: 'p' },
      { op: 'replace', path: `${SCHEMA}/properties/p/type`, value: ['string', 'null'] },
      { op: 'add', path: `${SCHEMA}/properties/p/enum/-`, value: null },
    ]);
  });

  it('adds a null branch to an existing anyOf instead of nesting unions', () => {
    expect(suggestion({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual([
      { op: 'add', path: `${SCHEMA}/required/-`, value: 'p' },
      { op: 'add', path: `${SCHEMA}/properties/p/anyOf/-`, value: { type: 'null' } },
    ]);
  });

  it('wraps a reference in anyOf with null', () => {
    expect(suggestion({ $ref: '#' })).toEqual([
      { op: 'add', path: `${SCHEMA}/required/-`, value: 'p' },
      { op: 'replace', path: `${SCHEMA}/properties/p`, value: { anyOf: [{ $ref: '#' }, { type: 'null' }] } },
    ]);
  });
});
