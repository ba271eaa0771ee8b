import rule from '../../../rules/reasoning/no-web-search-with-minimal-effort.js';
import { runRuleTests } from '../../support/rule-tester.js';

const request = (extra: object) => ({ model: 'gpt-5', input: 'What is new in Node.js 24?', ...extra });
const webSearch = { type: 'web_search' };

runRuleTests(rule, {
  valid: [
    { name: 'effort low', code: request({ reasoning: { effort: 'low' }, tools: [webSearch] }) },
    { name: 'no effort: the model default (medium) applies', code: request({ tools: [webSearch] }) },
    {
      name: 'minimal with other tools',
      code: request({
        reasoning: { effort: 'minimal' },
        tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: {} }, strict: false }],
      }),
    },
    {
      name: 'minimal with the preview tool (not known to be refused)',
      code: request({ reasoning: { effort: 'minimal' }, tools: [{ type: 'web_search_preview' }] }),
    },
    { name: 'minimal, no tools', code: request({ reasoning: { effort: 'minimal' } }) },
  ],
  invalid: [
    {
      name: 'web_search at minimal: two suggestions, no fix',
      code: request({ reasoning: { effort: 'minimal' }, tools: [webSearch] }),
      errors: [
        { messageId: 'refused', path: '/tools/0/type', data: { type: 'web_search', effortParam: 'reasoning.effort' }, suggestions: 2 },
      ],
      output: null,
    },
    {
      name: 'the dated tool, after a function tool',
      code: request({
        reasoning: { effort: 'minimal' },
        tools: [
          { type: 'function', name: 'lookup', parameters: { type: 'object', properties: {} }, strict: false },
          { type: 'web_search_2025_08_26' },
        ],
      }),
      errors: [{ messageId: 'refused', path: '/tools/1/type', data: { type: 'web_search_2025_08_26' } }],
      output: null,
    },
    {
      name: 'LangChain options name their own key',
      code: { model: 'gpt-5', reasoning: { effort: 'minimal' }, tools: [webSearch] },
      api: 'langchain',
      errors: [{ messageId: 'refused', path: '/tools/0/type', data: { effortParam: 'reasoning.effort' } }],
      output: null,
    },
  ],
});
