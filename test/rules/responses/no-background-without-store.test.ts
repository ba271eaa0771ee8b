import rule from '../../../rules/responses/no-background-without-store.js';
import { runRuleTests } from '../../support/rule-tester.js';

const base = { model: 'o3', input: 'Write the report.' };

runRuleTests(rule, {
  valid: [
    { name: 'background, stored by default', code: { ...base, background: true } },
    { name: 'background with store: true', code: { ...base, background: true, store: true } },
    { name: 'store: false in the foreground', code: { ...base, background: false, store: false } },
    { name: 'store: false without background', code: { ...base, store: false } },
  ],
  invalid: [
    {
      name: 'reported on store, two suggestions and no fix (each changes what the request does)',
      code: { ...base, background: true, store: false },
      errors: [{ messageId: 'notStored', path: '/store', data: { background: 'background', store: 'store' }, suggestions: 2 }],
      output: null,
    },
  ],
});
