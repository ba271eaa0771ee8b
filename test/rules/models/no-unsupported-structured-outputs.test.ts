import noStructured from '../../../rules/models/no-unsupported-structured-outputs.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello, answer in JSON.' }];

const tool = { type: 'function', function: { name: 'lookup' } };

const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false };

const jsonSchema = { type: 'json_schema', json_schema: { name: 'out', strict: true, schema } };

const noStrict = createModelRegistry({
  customModels: [customEntry(['loose-model'], { features: { ...customEntry([]).features, strictTools: false } })],
});

runRuleTests(noStructured, {
  valid: [
    { name: 'gpt-4o-mini', code: { model: 'gpt-4o-mini', response_format: jsonSchema, messages } },
    { name: 'JSON mode on an old model', code: { model: 'gpt-3.5-turbo', response_format: { type: 'json_object' }, messages } },
    { name: 'unknown fact (chatgpt-4o-latest)', code: { model: 'chatgpt-4o-latest', response_format: jsonSchema, messages } },
    {
      name: 'strict tools since -0613',
      code: { model: 'gpt-3.5-turbo', tools: [{ type: 'function', function: { name: 'f', strict: true, parameters: schema } }], messages },
    },
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

runRuleTests(
  noStructured,
  {
    valid: [
      {
        name: 'non-strict tool',
        code: { model: 'loose-model', tools: [{ type: 'function', function: { name: 'f', strict: false } }], messages },
      },
    ],
    invalid: [
      {
        name: 'strict tool',
        code: {
          model: 'loose-model',
          tools: [tool, { type: 'function', function: { name: 'f', strict: true, parameters: schema } }],
          messages,
        },
        errors: [{ messageId: 'noStrictTools', path: '/tools/1/function/strict', data: { name: 'f' }, suggestions: 1 }],
      },
    ],
  },
  { registry: noStrict },
);
