import noFineTuneUnsupportedKeywords from '../../../rules/structured-outputs/no-fine-tune-unsupported-keywords.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format, SCHEMA } from './helpers.js';

const FT = 'ft:gpt-4o-mini-2024-07-18:acme::abc123';

runRuleTests(noFineTuneUnsupportedKeywords, {
  valid: [
    {
      name: 'base model',
      code: format(closed({ a: { type: 'string', pattern: '^a$', format: 'email' }, n: { type: 'integer', minimum: 1 } })),
    },
    { name: 'exclusive bounds are not listed', code: format(closed({ n: { type: 'number', exclusiveMinimum: 0 } }), { model: FT }) },
  ],
  invalid: [
    {
      code: format(
        closed({
          a: { type: 'string', format: 'email' },
          n: { type: 'integer', maximum: 9 },
          l: { type: 'array', items: { type: 'string' }, maxItems: 3 },
        }),
        { model: FT },
      ),
      errors: [
        { messageId: 'unsupported', path: `${SCHEMA}/properties/a/format`, data: { keyword: 'format', model: FT } },
        { messageId: 'unsupported', path: `${SCHEMA}/properties/n/maximum` },
        { messageId: 'unsupported', path: `${SCHEMA}/properties/l/maxItems` },
      ],
    },
  ],
});
