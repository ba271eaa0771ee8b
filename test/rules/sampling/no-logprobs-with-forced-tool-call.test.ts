import forcedToolCall from '../../../rules/sampling/no-logprobs-with-forced-tool-call.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

const tools = [{ type: 'function', function: { name: 'classify' } }];

runRuleTests(forcedToolCall, {
  valid: [
    { name: 'auto', code: { model: 'gpt-4o', logprobs: true, tools, tool_choice: 'auto', messages } },
    {
      name: 'allowed_tools in auto mode',
      code: {
        model: 'gpt-4o',
        logprobs: true,
        tools,
        tool_choice: {
          type: 'allowed_tools',
          allowed_tools: { mode: 'auto', tools: [{ type: 'function', function: { name: 'classify' } }] },
        },
        messages,
      },
    },
    { name: 'logprobs false', code: { model: 'gpt-4o', logprobs: false, tools, tool_choice: 'required', messages } },
  ],
  invalid: [
    {
      name: 'required',
      code: { model: 'gpt-4o', logprobs: true, top_logprobs: 3, tools, tool_choice: 'required', messages },
      errors: [{ messageId: 'forced', path: '/logprobs', suggestions: 1 }],
      output: null,
    },
    {
      name: 'a named function',
      code: { model: 'gpt-4o', logprobs: true, tools, tool_choice: { type: 'function', function: { name: 'classify' } }, messages },
      errors: [{ messageId: 'forced' }],
    },
  ],
});

runRuleTests(forcedToolCall, {
  valid: [
    {
      name: 'a model that rejects logprobs: the sampling rule reports',
      code: { model: 'o3', logprobs: true, tools, tool_choice: 'required', messages },
    },
  ],
  invalid: [],
});
