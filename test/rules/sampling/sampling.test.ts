import forcedToolCall from '../../../rules/sampling/no-logprobs-with-forced-tool-call.js';
import temperatureAndTopP from '../../../rules/sampling/no-temperature-and-top-p.js';
import unsupported from '../../../rules/sampling/no-unsupported-sampling-parameters.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];
const tools = [{ type: 'function', function: { name: 'classify' } }];

runRuleTests(temperatureAndTopP, {
  valid: [
    { name: 'only temperature', code: { model: 'gpt-4o', temperature: 0.2, messages } },
    { name: 'top_p at its default', code: { model: 'gpt-4o', temperature: 0.2, top_p: 1, messages } },
    { name: 'temperature null', code: { model: 'gpt-4o', temperature: null, top_p: 0.5, messages } },
    { name: 'a model that rejects them: the other rule reports', code: { model: 'o3', temperature: 0.2, top_p: 0.5, messages } },
  ],
  invalid: [
    { name: 'both changed', code: { model: 'gpt-4o', temperature: 0.2, top_p: 0.5, messages }, errors: [{ messageId: 'both', path: '/top_p', data: { temperatureValue: '0.2', topPValue: '0.5' }, suggestions: 2 }], output: null },
    { name: 'unknown model', code: { model: 'my-deployment', temperature: 0, top_p: 0.1, messages }, errors: [{ messageId: 'both' }] },
  ],
});

runRuleTests(forcedToolCall, {
  valid: [
    { name: 'auto', code: { model: 'gpt-4o', logprobs: true, tools, tool_choice: 'auto', messages } },
    { name: 'allowed_tools in auto mode', code: { model: 'gpt-4o', logprobs: true, tools, tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'auto', tools: [{ type: 'function', function: { name: 'classify' } }] } }, messages } },
    { name: 'logprobs false', code: { model: 'gpt-4o', logprobs: false, tools, tool_choice: 'required', messages } },
  ],
  invalid: [
    { name: 'required', code: { model: 'gpt-4o', logprobs: true, top_logprobs: 3, tools, tool_choice: 'required', messages }, errors: [{ messageId: 'forced', path: '/logprobs', suggestions: 1 }], output: null },
    { name: 'a named function', code: { model: 'gpt-4o', logprobs: true, tools, tool_choice: { type: 'function', function: { name: 'classify' } }, messages }, errors: [{ messageId: 'forced' }] },
  ],
});

// The search models reject sampling parameters (api-facts §1.7, §5 #24): the registry says so, and the
// existing rule reports each parameter at its own key.
runRuleTests(unsupported, {
  valid: [{ name: 'search model without sampling parameters', code: { model: 'gpt-4o-search-preview', web_search_options: {}, messages } }],
  invalid: [
    {
      name: 'search model with the four parameters the API names',
      code: { model: 'gpt-4o-mini-search-preview', temperature: 0.5, top_p: 0.9, frequency_penalty: 0.1, presence_penalty: 0.1, messages },
      errors: ['/temperature', '/top_p', '/frequency_penalty', '/presence_penalty'].map((path) => ({ messageId: 'rejected', path })),
      output: { model: 'gpt-4o-mini-search-preview', messages },
    },
  ],
});

runRuleTests(forcedToolCall, {
  valid: [{ name: 'a model that rejects logprobs: the sampling rule reports', code: { model: 'o3', logprobs: true, tools, tool_choice: 'required', messages } }],
  invalid: [],
});
