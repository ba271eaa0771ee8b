import rule from '../../../rules/output-format/no-foreign-format-shape.js';
import { runRuleTests } from '../../support/rule-tester.js';

const schema = { type: 'object', properties: { c: { type: 'string' } }, required: ['c'], additionalProperties: false };
const responses = (format: object) => ({ model: 'gpt-4.1', input: 'hi', text: { format } });
const chat = (format: object) => ({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], response_format: format });

runRuleTests(rule, {
  valid: [
    { name: 'flat on Responses', code: responses({ type: 'json_schema', name: 'c', schema, strict: true }) },
    { name: 'nested on Chat', code: chat({ type: 'json_schema', json_schema: { name: 'c', schema, strict: true } }) },
    { name: 'json_object on both', code: responses({ type: 'json_object' }) },
    { name: 'text on Chat', code: chat({ type: 'text' }) },
  ],
  invalid: [
    {
      name: 'nested on Responses: flattened, other keys kept',
      code: responses({ type: 'json_schema', json_schema: { name: 'c', strict: true, schema, description: 'A colour.' } }),
      errors: [{ messageId: 'nestedOnResponses', path: '/text/format', data: { format: 'text.format' } }],
      output: responses({ type: 'json_schema', name: 'c', description: 'A colour.', schema, strict: true }),
    },
    {
      name: 'flat on Chat: nested',
      code: chat({ type: 'json_schema', name: 'c', schema, strict: true }),
      errors: [{ messageId: 'flatOnChat', path: '/response_format', data: { format: 'response_format' } }],
      output: chat({ type: 'json_schema', json_schema: { name: 'c', schema, strict: true } }),
    },
    {
      name: 'flat on Chat with only a schema (the API still wants it nested)',
      code: chat({ type: 'json_schema', schema }),
      errors: [{ messageId: 'flatOnChat' }],
      output: chat({ type: 'json_schema', json_schema: { schema } }),
    },
  ],
});
