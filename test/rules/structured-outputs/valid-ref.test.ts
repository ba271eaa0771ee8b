import { describe, expect, it } from 'vitest';
import validRef from '../../../rules/structured-outputs/valid-ref.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, SCHEMA } from './helpers.js';

const defs = { person: closed({ name: { type: 'string' } }) };

runRuleTests(validRef, {
  valid: [
    { name: 'recursion through #', code: format(closed({ child: { anyOf: [{ $ref: '#' }, { type: 'null' }] } })) },
    { name: 'legacy definitions', code: format({ ...closed({ p: { $ref: '#/definitions/person' } }), definitions: defs }) },
    { name: 'percent-encoded name', code: format({ ...closed({ p: { $ref: '#/$defs/a%20b' } }), $defs: { 'a b': closed({}) } }) },
  ],
  invalid: [
    {
      code: format(closed({ p: { $ref: 'https://example.com/person.json' } })),
      errors: [{ messageId: 'external', path: `${SCHEMA}/properties/p/$ref` }],
    },
    { code: format({ ...closed({ p: { $ref: '#/properties/q' }, q: { type: 'string' } }) }), errors: [{ messageId: 'not-a-definition' }] },
    { code: format({ ...closed({ p: { $ref: '#/$defs/people' } }), $defs: defs }), errors: [{ messageId: 'dangling' }] },
    {
      code: format({ ...closed({ p: { $ref: '#/$defs/a' } }), $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }),
      errors: [{ messageId: 'cycle', path: `${SCHEMA}/properties/p/$ref` }, { messageId: 'cycle' }, { messageId: 'cycle' }],
    },
    {
      code: format({ ...closed({ p: { $ref: '#/$defs/person', description: 'Owner.', title: 'Owner' } }), $defs: defs }),
      errors: [{ messageId: 'siblings', path: `${SCHEMA}/properties/p/description`, suggestions: 2 }],
    },
  ],
});

describe('valid-ref suggestions', () => {
  it('inlines the definition and keeps the sibling keywords, or drops them', () => {
    const [finding] = lint(format({ ...closed({ p: { $ref: '#/$defs/person', description: 'Owner.' } }), $defs: defs }), {
      rules: { [validRef.id]: 'error' },
    }).diagnostics.filter((d) => d.ruleId === validRef.id);
    expect(finding!.suggestions!.map((s) => s.fix)).toEqual([
      [{ op: 'replace', path: `${SCHEMA}/properties/p`, value: { ...defs.person, description: 'Owner.' } }],
      [{ op: 'remove', path: `${SCHEMA}/properties/p/description` }],
    ]);
  });
});
