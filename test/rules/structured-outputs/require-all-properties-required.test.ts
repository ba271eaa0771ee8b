import { describe, expect, it } from 'vitest';
import requireAllPropertiesRequired from '../../../rules/structured-outputs/require-all-properties-required.js';
import { lint } from '../../../src/engine/lint.js';
import { format, SCHEMA } from './helpers.js';

describe('require-all-properties-required suggestion', () => {
  const suggestion = (property: Record<string, unknown>) =>
    lint(format({ type: 'object', properties: { p: property }, required: [], additionalProperties: false }), {
      rules: { [requireAllPropertiesRequired.id]: 'error' },
    }).diagnostics.find((d) => d.ruleId === requireAllPropertiesRequired.id)!.suggestions![0]!.fix;

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
