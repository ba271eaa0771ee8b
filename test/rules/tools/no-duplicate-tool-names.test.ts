import rule from '../../../rules/tools/no-duplicate-tool-names.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Find it.' }];
const fn = (name: string) => ({ type: 'function', function: { name } });
const custom = (name: string) => ({ type: 'custom', custom: { name } });

runRuleTests(rule, {
  valid: [
    { name: 'distinct names', code: { model: 'gpt-4.1', messages, tools: [fn('a'), fn('b'), custom('c')] } },
    { name: 'names differ in case', code: { model: 'gpt-4.1', messages, tools: [fn('search'), fn('Search')] } },
  ],
  invalid: [
    {
      name: 'two functions',
      code: { model: 'gpt-4.1', messages, tools: [fn('a'), fn('b'), fn('a')] },
      errors: [{ messageId: 'duplicate', path: '/tools/2/function/name', data: { name: 'a', first: '0' } }],
      output: null,
    },
    {
      name: 'a function and a custom tool',
      code: { model: 'gpt-4.1', messages, tools: [fn('run'), custom('run')] },
      errors: [{ messageId: 'duplicate', path: '/tools/1/custom/name' }],
    },
    {
      name: 'three times: two reports, both pointing at the first',
      code: { model: 'gpt-4.1', messages, tools: [fn('a'), fn('a'), fn('a')] },
      errors: [
        { messageId: 'duplicate', path: '/tools/1/function/name', data: { first: '0' } },
        { messageId: 'duplicate', path: '/tools/2/function/name', data: { first: '0' } },
      ],
    },
  ],
});
