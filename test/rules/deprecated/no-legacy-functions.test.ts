import noLegacyFunctions from '../../../rules/deprecated/no-legacy-functions.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

const fn = { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } };

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
      code: {
        model: 'gpt-4o',
        functions: [fn],
        messages: [
          ...messages,
          { role: 'assistant', content: null, function_call: { name: 'lookup', arguments: '{}' } },
          { role: 'function', name: 'lookup', content: '42' },
        ],
      },
      errors: [{ messageId: 'deprecated', path: '/functions', suggestions: 0 }],
    },
    {
      name: 'no rewrite when tools are already there',
      code: { model: 'gpt-4o', functions: [fn], tools: [{ type: 'function', function: { name: 'other' } }], messages },
      errors: [{ messageId: 'deprecated', path: '/functions', suggestions: 0 }],
    },
  ],
});
