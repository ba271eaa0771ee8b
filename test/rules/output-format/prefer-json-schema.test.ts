import rule from '../../../rules/output-format/prefer-json-schema.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Reply in JSON.' }];

runRuleTests(rule, {
  valid: [
    { name: 'model without Structured Outputs', code: { model: 'gpt-3.5-turbo', messages, response_format: { type: 'json_object' } } },
    {
      name: 'Structured Outputs unknown in the data',
      code: { model: 'chatgpt-4o-latest', messages, response_format: { type: 'json_object' } },
    },
    { name: 'unknown model', code: { model: 'my-deployment', messages, response_format: { type: 'json_object' } } },
    {
      name: 'already json_schema',
      code: { model: 'gpt-4o', messages, response_format: { type: 'json_schema', json_schema: { name: 'r' } } },
    },
  ],
  invalid: [
    {
      name: 'gpt-4o in JSON mode',
      code: { model: 'gpt-4o', messages, response_format: { type: 'json_object' } },
      errors: [{ messageId: 'preferSchema', path: '/response_format/type', data: { model: 'gpt-4o' } }],
      output: null,
    },
  ],
});
