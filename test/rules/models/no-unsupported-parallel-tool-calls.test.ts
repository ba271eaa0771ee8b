import noParallel from '../../../rules/models/no-unsupported-parallel-tool-calls.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello, answer in JSON.' }];

const tool = { type: 'function', function: { name: 'lookup' } };

runRuleTests(noParallel, {
  valid: [
    { name: 'a model that accepts it', code: { model: 'gpt-4.1', tools: [tool], parallel_tool_calls: false, messages } },
    { name: 'not set', code: { model: 'o3', tools: [tool], messages } },
    { name: 'unknown fact', code: { model: 'o3-pro', tools: [tool], parallel_tool_calls: false, messages }, api: 'chat.completions' },
  ],
  invalid: [
    {
      name: 'true on o3-mini',
      code: { model: 'o3-mini', tools: [tool], parallel_tool_calls: true, messages },
      errors: [{ messageId: 'unsupported', path: '/parallel_tool_calls' }],
      output: { model: 'o3-mini', tools: [tool], messages },
    },
    {
      name: 'false on a fine-tune of o4-mini',
      code: { model: 'ft:o4-mini-2025-04-16:acme::x1', tools: [tool], parallel_tool_calls: false, messages },
      errors: [{ messageId: 'unsupported' }],
    },
  ],
});
