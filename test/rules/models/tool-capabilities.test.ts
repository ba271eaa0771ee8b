import noParallel from '../../../rules/models/no-unsupported-parallel-tool-calls.js';
import noStructured from '../../../rules/models/no-unsupported-structured-outputs.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello, answer in JSON.' }];
const tool = { type: 'function', function: { name: 'lookup' } };
const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false };
const jsonSchema = { type: 'json_schema', json_schema: { name: 'out', strict: true, schema } };

runRuleTests(noParallel, {
  valid: [
    { name: 'a model that accepts it', code: { model: 'gpt-4.1', tools: [tool], parallel_tool_calls: false, messages } },
    { name: 'not set', code: { model: 'o3', tools: [tool], messages } },
    { name: 'unknown fact', code: { model: 'o3-pro', tools: [tool], parallel_tool_calls: false, messages }, api: 'chat.completions' },
  ],
  invalid: [
    { name: 'true on o3-mini', code: { model: 'o3-mini', tools: [tool], parallel_tool_calls: true, messages }, errors: [{ messageId: 'unsupported', path: '/parallel_tool_calls' }], output: { model: 'o3-mini', tools: [tool], messages } },
    { name: 'false on a fine-tune of o4-mini', code: { model: 'ft:o4-mini-2025-04-16:acme::x1', tools: [tool], parallel_tool_calls: false, messages }, errors: [{ messageId: 'unsupported' }] },
  ],
});

runRuleTests(noStructured, {
  valid: [
    { name: 'gpt-4o-mini', code: { model: 'gpt-4o-mini', response_format: jsonSchema, messages } },
    { name: 'JSON mode on an old model', code: { model: 'gpt-3.5-turbo', response_format: { type: 'json_object' }, messages } },
    { name: 'unknown fact (chatgpt-4o-latest)', code: { model: 'chatgpt-4o-latest', response_format: jsonSchema, messages } },
    { name: 'strict tools since -0613', code: { model: 'gpt-3.5-turbo', tools: [{ type: 'function', function: { name: 'f', strict: true, parameters: schema } }], messages } },
  ],
  invalid: [
    {
      name: 'json_schema on the first gpt-4o snapshot',
      code: { model: 'gpt-4o-2024-05-13', response_format: jsonSchema, messages },
      errors: [{ messageId: 'noJsonSchema', path: '/response_format/type', suggestions: 1 }],
      output: null,
    },
  ],
});

const noStrict = createModelRegistry({ customModels: [customEntry(['loose-model'], { features: { ...customEntry([]).features, strictTools: false } })] });
runRuleTests(
  noStructured,
  {
    valid: [{ name: 'non-strict tool', code: { model: 'loose-model', tools: [{ type: 'function', function: { name: 'f', strict: false } }], messages } }],
    invalid: [
      {
        name: 'strict tool',
        code: { model: 'loose-model', tools: [tool, { type: 'function', function: { name: 'f', strict: true, parameters: schema } }], messages },
        errors: [{ messageId: 'noStrictTools', path: '/tools/1/function/strict', data: { name: 'f' }, suggestions: 1 }],
      },
    ],
  },
  { registry: noStrict },
);
