import rule from '../../../rules/store/no-metadata-without-store.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(rule, {
  valid: [
    { name: 'stored', code: { model: 'gpt-4o', store: true, metadata: { a: 'b' }, messages } },
    { name: 'null metadata', code: { model: 'gpt-4o', metadata: null, messages } },
    { name: 'unknown model too', code: { model: 'my-deployment', store: true, metadata: {}, messages } },
  ],
  invalid: [
    {
      name: 'store omitted',
      code: { model: 'gpt-4o', metadata: { a: 'b' }, messages },
      errors: [{ messageId: 'notStored', path: '/metadata', suggestions: 2 }],
      output: null,
    },
    { name: 'store false', code: { model: 'gpt-4o', store: false, metadata: {}, messages }, errors: [{ messageId: 'notStored' }] },
    { name: 'store null', code: { model: 'my-deployment', store: null, metadata: {}, messages }, errors: [{ messageId: 'notStored' }] },
  ],
});
