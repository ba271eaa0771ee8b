import noStringLengthBounds from '../../../rules/structured-outputs/no-string-length-bounds.js';
import { runRuleTests } from '../../support/rule-tester.js';
import { closed, format } from './helpers.js';

const FT = 'ft:gpt-4o-mini-2024-07-18:acme::abc123';

runRuleTests(noStringLengthBounds, {
  valid: [
    { code: format(closed({ a: { type: 'string', pattern: '^.{0,5}$' } })) },
    { name: "a fine-tune is the other rule's concern", code: format(closed({ a: { type: 'string', maxLength: 5 } }), { model: FT }) },
  ],
  invalid: [
    {
      code: format(closed({ a: { type: 'string', minLength: 1, maxLength: 5 } })),
      errors: [
        { messageId: 'bound', data: { keyword: 'minLength' } },
        { messageId: 'bound', data: { keyword: 'maxLength' } },
      ],
    },
  ],
});
