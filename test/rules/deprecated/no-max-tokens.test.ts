import noMaxTokens from '../../../rules/deprecated/no-max-tokens.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noMaxTokens, {
  valid: [
    { name: 'reasoning model: the other rule reports it', code: { model: 'o3', max_tokens: 100, messages } },
    {
      name: 'with prediction, max_tokens is the only cap',
      code: { model: 'gpt-4o', max_tokens: 100, prediction: { type: 'content', content: 'x' }, messages },
    },
    { name: 'null', code: { model: 'gpt-4o', max_tokens: null, messages } },
    { name: 'unknown model: skipped', code: { model: 'my-deployment', max_tokens: 100, messages } },
    {
      name: 'both caps: the API refuses the pair, which another rule reports',
      code: { model: 'gpt-4o', max_tokens: 100, max_completion_tokens: 200, messages },
    },
  ],
  invalid: [
    {
      name: 'the rename is the fix for a non-reasoning model',
      code: { model: 'gpt-4.1-mini', max_tokens: 100, messages },
      errors: [{ messageId: 'deprecated', path: '/max_tokens' }],
      output: { model: 'gpt-4.1-mini', max_completion_tokens: 100, messages },
    },
    {
      name: 'grey zone: only a suggestion',
      code: { model: 'gpt-5-chat-latest', max_tokens: 100, messages },
      errors: [{ messageId: 'deprecated', suggestions: 1 }],
      output: null,
    },
  ],
});

runRuleTests(noMaxTokens, {
  valid: [{ name: 'LangChain chose the wire name', code: { model: 'gpt-4o', maxTokens: 100 }, api: 'langchain' }],
  invalid: [],
});
