import { describe, expect, it } from 'vitest';
import noUnsupportedKeywords from '../../../rules/structured-outputs/no-unsupported-keywords.js';
import { lint } from '../../../src/engine/lint.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, SCHEMA, tool } from './helpers.js';

runRuleTests(noUnsupportedKeywords, {
  valid: [
    {
      code: format(
        closed({
          d: { type: 'string', format: 'date-time' },
          n: { type: 'number', minimum: 0, multipleOf: 2 },
          l: { type: 'array', items: { type: 'string' }, minItems: 1 },
        }),
      ),
    },
    {
      name: 'root-only keywords at the root',
      code: format({ ...closed({}), $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'x', $defs: {} }),
    },
    { name: 'not strict', code: tool({ type: 'object', properties: { a: { oneOf: [{ type: 'string' }] } } }, { strict: false }) },
  ],
  invalid: [
    {
      code: format(closed({ a: { oneOf: [{ type: 'string' }, { type: 'integer' }] } })),
      errors: [{ messageId: 'unsupported', path: `${SCHEMA}/properties/a/oneOf`, data: { keyword: 'oneOf' }, suggestions: 2 }],
      output: null,
    },
    {
      name: 'no rename when anyOf exists',
      code: format(closed({ a: { anyOf: [{ type: 'string' }], oneOf: [{ type: 'integer' }] } })),
      errors: [{ messageId: 'unsupported', suggestions: 1 }],
    },
    {
      code: format(closed({ a: { type: 'array', items: { type: 'string' }, uniqueItems: true, contains: { type: 'string' } } })),
      errors: [
        { messageId: 'unsupported', data: { keyword: 'uniqueItems' } },
        { messageId: 'unsupported', data: { keyword: 'contains' } },
      ],
    },
    {
      code: format(closed({ a: { ...closed({}), $defs: {} } })),
      errors: [{ messageId: 'rootOnly', path: `${SCHEMA}/properties/a/$defs` }],
    },
    {
      code: format(closed({ a: { type: 'array', items: [{ type: 'string' }] } })),
      errors: [{ messageId: 'tupleItems', path: `${SCHEMA}/properties/a/items` }],
    },
    {
      code: format(closed({ a: { type: 'string', format: 'uri' } })),
      errors: [{ messageId: 'format', path: `${SCHEMA}/properties/a/format`, data: { value: '`"uri"`' }, suggestions: 1 }],
    },
    {
      name: 'inside an unsupported keyword, the branches are still checked',
      code: format(closed({ a: { not: { type: 'string', format: 'ipv5' } } })),
      errors: [{ messageId: 'unsupported' }, { messageId: 'format', path: `${SCHEMA}/properties/a/not/format` }],
    },
  ],
});

describe('no-unsupported-keywords suggestions', () => {
  it('renames oneOf to anyOf, and says what changes', () => {
    const [finding] = lint(format(closed({ a: { oneOf: [{ type: 'string' }] } })), {
      rules: { [noUnsupportedKeywords.id]: 'error' },
    }).diagnostics.filter((d) => d.ruleId === noUnsupportedKeywords.id);
    expect(finding!.suggestions![0]).toEqual({
      message: expect.stringContaining('several branches') as unknown,
      fix: [{ op: 'move', from: `${SCHEMA}/properties/a/oneOf`, path: `${SCHEMA}/properties/a/anyOf` }],
    });
  });
});
