import noLegacyFunctions from '../../../rules/deprecated/no-legacy-functions.js';
import noMaxTokens from '../../../rules/deprecated/no-max-tokens.js';
import noPromptCacheRetention from '../../../rules/deprecated/no-prompt-cache-retention.js';
import noGenerateSummary from '../../../rules/deprecated/no-generate-summary.js';
import noSeed from '../../../rules/deprecated/no-seed.js';
import noTruncation from '../../../rules/deprecated/no-truncation.js';
import noUser from '../../../rules/deprecated/no-user.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];
const fn = { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } };

runRuleTests(noMaxTokens, {
  valid: [
    { name: 'reasoning model: the other rule reports it', code: { model: 'o3', max_tokens: 100, messages } },
    { name: 'with prediction, max_tokens is the only cap', code: { model: 'gpt-4o', max_tokens: 100, prediction: { type: 'content', content: 'x' }, messages } },
    { name: 'null', code: { model: 'gpt-4o', max_tokens: null, messages } },
    { name: 'unknown model: skipped', code: { model: 'my-deployment', max_tokens: 100, messages } },
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
    {
      name: 'both set: suggest removing max_tokens',
      code: { model: 'gpt-4o', max_tokens: 100, max_completion_tokens: 200, messages },
      errors: [{ messageId: 'bothSet', suggestions: 1 }],
      output: null,
    },
  ],
});

runRuleTests(noLegacyFunctions, {
  valid: [{ name: 'tools', code: { model: 'gpt-4o', tools: [{ type: 'function', function: fn }], tool_choice: 'auto', messages } }],
  invalid: [
    {
      name: 'both legacy fields, one finding each, with the rewrite',
      code: { model: 'gpt-4o', functions: [fn], function_call: { name: 'lookup' }, messages },
      errors: [
        { messageId: 'deprecated', path: '/functions', suggestions: 1 },
        { messageId: 'deprecated', path: '/function_call', suggestions: 1 },
      ],
      output: null,
    },
    {
      name: 'no rewrite when the history has function messages',
      code: { model: 'gpt-4o', functions: [fn], messages: [...messages, { role: 'assistant', content: null, function_call: { name: 'lookup', arguments: '{}' } }, { role: 'function', name: 'lookup', content: '42' }] },
      errors: [{ messageId: 'deprecated', path: '/functions', suggestions: 0 }],
    },
    {
      name: 'no rewrite when tools are already there',
      code: { model: 'gpt-4o', functions: [fn], tools: [{ type: 'function', function: { name: 'other' } }], messages },
      errors: [{ messageId: 'deprecated', path: '/functions', suggestions: 0 }],
    },
  ],
});

runRuleTests(noUser, {
  valid: [{ name: 'safety_identifier', code: { model: 'gpt-4o', safety_identifier: 'u1', messages } }],
  invalid: [
    { name: 'both targets free', code: { model: 'gpt-4o', user: 'u1', messages }, errors: [{ messageId: 'deprecated', path: '/user', suggestions: 2 }], output: null },
    { name: 'too long for safety_identifier', code: { model: 'gpt-4o', user: 'x'.repeat(65), messages }, errors: [{ messageId: 'deprecated', suggestions: 1 }] },
    { name: 'both targets taken', code: { model: 'gpt-4o', user: 'u1', safety_identifier: 's', prompt_cache_key: 'k', messages }, errors: [{ messageId: 'deprecated', suggestions: 0 }] },
  ],
});

runRuleTests(noSeed, {
  valid: [{ name: 'null', code: { model: 'gpt-4o', seed: null, messages } }],
  invalid: [{ name: 'seed', code: { model: 'gpt-4o', seed: 7, messages }, errors: [{ messageId: 'deprecated', path: '/seed', suggestions: 1 }], output: null }],
});

runRuleTests(noPromptCacheRetention, {
  valid: [
    { name: 'nothing to move to before gpt-5.6', code: { model: 'gpt-5.5', prompt_cache_retention: '24h', messages } },
    { name: 'null', code: { model: 'gpt-5.6', prompt_cache_retention: null, messages } },
  ],
  invalid: [
    { name: 'gpt-5.6', code: { model: 'gpt-5.6-terra', prompt_cache_retention: '24h', messages }, errors: [{ messageId: 'deprecated', path: '/prompt_cache_retention', suggestions: 1 }], output: null },
    { name: 'unknown model', code: { model: 'my-deployment', prompt_cache_retention: 'in_memory', messages }, errors: [{ messageId: 'deprecated' }] },
  ],
});

runRuleTests(noTruncation, {
  valid: [{ name: 'null', code: { model: 'gpt-5', truncation: null, input: 'hi' }, api: 'responses' }],
  invalid: [
    { name: 'disabled is the default: removed', code: { model: 'gpt-5', truncation: 'disabled', input: 'hi' }, api: 'responses', errors: [{ messageId: 'defaultValue', path: '/truncation' }], output: { model: 'gpt-5', input: 'hi' } },
    { name: 'auto: no rewrite', code: { model: 'gpt-5', truncation: 'auto', input: 'hi' }, api: 'responses', errors: [{ messageId: 'deprecated', path: '/truncation' }], output: null },
  ],
});

runRuleTests(noGenerateSummary, {
  valid: [{ name: 'summary', code: { model: 'o3', reasoning: { summary: 'auto', generate_summary: null }, input: 'hi' }, api: 'responses' }],
  invalid: [
    {
      name: 'renamed',
      code: { model: 'o3', reasoning: { effort: 'low', generate_summary: 'detailed' }, input: 'hi' },
      api: 'responses',
      errors: [{ messageId: 'deprecated', path: '/reasoning/generate_summary' }],
      output: { model: 'o3', reasoning: { effort: 'low', summary: 'detailed' }, input: 'hi' },
    },
    { name: 'both set', code: { model: 'o3', reasoning: { summary: 'auto', generate_summary: 'auto' }, input: 'hi' }, api: 'responses', errors: [{ messageId: 'bothSet', suggestions: 1 }], output: null },
  ],
});

runRuleTests(noUser, {
  valid: [],
  invalid: [{ name: 'Responses too', code: { model: 'gpt-5', user: 'u1', input: 'hi' }, api: 'responses', errors: [{ messageId: 'deprecated', path: '/user', suggestions: 2 }] }],
});

runRuleTests(noMaxTokens, {
  valid: [{ name: 'LangChain chose the wire name', code: { model: 'gpt-4o', maxTokens: 100 }, api: 'langchain' }],
  invalid: [],
});
