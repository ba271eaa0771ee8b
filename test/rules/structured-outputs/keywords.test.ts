import { describe, expect, it } from 'vitest';
import noUnsupportedKeywords from '../../../rules/structured-outputs/no-unsupported-keywords.js';
import noDefault from '../../../rules/structured-outputs/no-default.js';
import noStringLengthBounds from '../../../rules/structured-outputs/no-string-length-bounds.js';
import noFineTuneUnsupportedKeywords from '../../../rules/structured-outputs/no-fine-tune-unsupported-keywords.js';
import validRef from '../../../rules/structured-outputs/valid-ref.js';
import maxNestingDepth from '../../../rules/structured-outputs/max-nesting-depth.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, SCHEMA, tool } from './helpers.js';

const FT = 'ft:gpt-4o-mini-2024-07-18:acme::abc123';

runRuleTests(noUnsupportedKeywords, {
  valid: [
    { code: format(closed({ d: { type: 'string', format: 'date-time' }, n: { type: 'number', minimum: 0, multipleOf: 2 }, l: { type: 'array', items: { type: 'string' }, minItems: 1 } })) },
    { name: 'root-only keywords at the root', code: format({ ...closed({}), $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'x', $defs: {} }) },
    { name: 'not strict', code: tool({ type: 'object', properties: { a: { oneOf: [{ type: 'string' }] } } }, { strict: false }) },
  ],
  invalid: [
    { code: format(closed({ a: { oneOf: [{ type: 'string' }, { type: 'integer' }] } })), errors: [{ messageId: 'unsupported', path: `${SCHEMA}/properties/a/oneOf`, data: { keyword: 'oneOf' }, suggestions: 2 }], output: null },
    { name: 'no rename when anyOf exists', code: format(closed({ a: { anyOf: [{ type: 'string' }], oneOf: [{ type: 'integer' }] } })), errors: [{ messageId: 'unsupported', suggestions: 1 }] },
    { code: format(closed({ a: { type: 'array', items: { type: 'string' }, uniqueItems: true, contains: { type: 'string' } } })), errors: [{ messageId: 'unsupported', data: { keyword: 'uniqueItems' } }, { messageId: 'unsupported', data: { keyword: 'contains' } }] },
    { code: format(closed({ a: { ...closed({}), $defs: {} } })), errors: [{ messageId: 'rootOnly', path: `${SCHEMA}/properties/a/$defs` }] },
    { code: format(closed({ a: { type: 'array', items: [{ type: 'string' }] } })), errors: [{ messageId: 'tupleItems', path: `${SCHEMA}/properties/a/items` }] },
    { code: format(closed({ a: { type: 'string', format: 'uri' } })), errors: [{ messageId: 'format', path: `${SCHEMA}/properties/a/format`, data: { value: '`"uri"`' }, suggestions: 1 }] },
    { name: 'inside an unsupported keyword, the branches are still checked', code: format(closed({ a: { not: { type: 'string', format: 'ipv5' } } })), errors: [{ messageId: 'unsupported' }, { messageId: 'format', path: `${SCHEMA}/properties/a/not/format` }] },
  ],
});

describe('no-unsupported-keywords suggestions', () => {
  it('renames oneOf to anyOf, and says what changes', () => {
    const [finding] = lint(format(closed({ a: { oneOf: [{ type: 'string' }] } })), { rules: { [noUnsupportedKeywords.id]: 'error' } }).diagnostics.filter((d) => d.ruleId === noUnsupportedKeywords.id);
    expect(finding!.suggestions![0]).toEqual({ message: expect.stringContaining('several branches') as unknown, fix: [{ op: 'move', from: `${SCHEMA}/properties/a/oneOf`, path: `${SCHEMA}/properties/a/anyOf` }] });
  });
});

runRuleTests(noDefault, {
  valid: [{ code: format(closed({ a: { type: 'string' } })) }, { code: format({ type: 'object', properties: { a: { type: 'string', default: 'x' } } }, { strict: false }) }],
  invalid: [{ code: tool(closed({ a: { type: ['string', 'null'], default: null } })), errors: [{ messageId: 'default', path: '/tools/0/function/parameters/properties/a/default', suggestions: 1 }], output: null }],
});

runRuleTests(noStringLengthBounds, {
  valid: [{ code: format(closed({ a: { type: 'string', pattern: '^.{0,5}$' } })) }, { name: 'a fine-tune is the other rule\'s concern', code: format(closed({ a: { type: 'string', maxLength: 5 } }), { model: FT }) }],
  invalid: [{ code: format(closed({ a: { type: 'string', minLength: 1, maxLength: 5 } })), errors: [{ messageId: 'bound', data: { keyword: 'minLength' } }, { messageId: 'bound', data: { keyword: 'maxLength' } }] }],
});

runRuleTests(noFineTuneUnsupportedKeywords, {
  valid: [
    { name: 'base model', code: format(closed({ a: { type: 'string', pattern: '^a$', format: 'email' }, n: { type: 'integer', minimum: 1 } })) },
    { name: 'exclusive bounds are not listed', code: format(closed({ n: { type: 'number', exclusiveMinimum: 0 } }), { model: FT }) },
  ],
  invalid: [
    {
      code: format(closed({ a: { type: 'string', format: 'email' }, n: { type: 'integer', maximum: 9 }, l: { type: 'array', items: { type: 'string' }, maxItems: 3 } }), { model: FT }),
      errors: [
        { messageId: 'unsupported', path: `${SCHEMA}/properties/a/format`, data: { keyword: 'format', model: FT } },
        { messageId: 'unsupported', path: `${SCHEMA}/properties/n/maximum` },
        { messageId: 'unsupported', path: `${SCHEMA}/properties/l/maxItems` },
      ],
    },
  ],
});

const defs = { person: closed({ name: { type: 'string' } }) };
runRuleTests(validRef, {
  valid: [
    { name: 'recursion through #', code: format(closed({ child: { anyOf: [{ $ref: '#' }, { type: 'null' }] } })) },
    { name: 'legacy definitions', code: format({ ...closed({ p: { $ref: '#/definitions/person' } }), definitions: defs }) },
    { name: 'percent-encoded name', code: format({ ...closed({ p: { $ref: '#/$defs/a%20b' } }), $defs: { 'a b': closed({}) } }) },
  ],
  invalid: [
    { code: format(closed({ p: { $ref: 'https://example.com/person.json' } })), errors: [{ messageId: 'external', path: `${SCHEMA}/properties/p/$ref` }] },
    { code: format({ ...closed({ p: { $ref: '#/properties/q' }, q: { type: 'string' } }) }), errors: [{ messageId: 'not-a-definition' }] },
    { code: format({ ...closed({ p: { $ref: '#/$defs/people' } }), $defs: defs }), errors: [{ messageId: 'dangling' }] },
    { code: format({ ...closed({ p: { $ref: '#/$defs/a' } }), $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }), errors: [{ messageId: 'cycle', path: `${SCHEMA}/properties/p/$ref` }, { messageId: 'cycle' }, { messageId: 'cycle' }] },
    { code: format({ ...closed({ p: { $ref: '#/$defs/person', description: 'Owner.', title: 'Owner' } }), $defs: defs }), errors: [{ messageId: 'siblings', path: `${SCHEMA}/properties/p/description`, suggestions: 2 }] },
  ],
});

describe('valid-ref suggestions', () => {
  it('inlines the definition and keeps the sibling keywords, or drops them', () => {
    const [finding] = lint(format({ ...closed({ p: { $ref: '#/$defs/person', description: 'Owner.' } }), $defs: defs }), { rules: { [validRef.id]: 'error' } }).diagnostics.filter((d) => d.ruleId === validRef.id);
    expect(finding!.suggestions!.map((s) => s.fix)).toEqual([
      [{ op: 'replace', path: `${SCHEMA}/properties/p`, value: { ...defs.person, description: 'Owner.' } }],
      [{ op: 'remove', path: `${SCHEMA}/properties/p/description` }],
    ]);
  });
});

describe('limit options', () => {
  it('rejects an unknown profile', () => {
    expect(() => lint(format(closed({})), { rules: { [maxNestingDepth.id]: ['error', { profile: '2023' }] } })).toThrow(/profile|options/i);
  });
});
