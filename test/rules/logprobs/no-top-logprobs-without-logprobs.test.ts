import rule from '../../../rules/logprobs/no-top-logprobs-without-logprobs.js';
import { runRuleTests } from '../../support/rule-tester.js';

const base = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] };

runRuleTests(rule, {
  valid: [
    { name: 'with logprobs: true', code: { ...base, logprobs: true, top_logprobs: 3 } },
    { name: 'top_logprobs: null', code: { ...base, top_logprobs: null } },
    { name: 'neither', code: base },
    { name: 'LangChain with logprobs', code: { model: 'gpt-4.1', logprobs: true, topLogprobs: 2 }, api: 'langchain' },
  ],
  invalid: [
    {
      name: 'logprobs missing: the fix enables them',
      code: { ...base, top_logprobs: 3 },
      errors: [{ messageId: 'missingLogprobs', path: '/top_logprobs', data: { param: 'top_logprobs', logprobs: 'logprobs' } }],
      output: { ...base, top_logprobs: 3, logprobs: true },
    },
    {
      name: 'logprobs: false is a contradiction: no fix',
      code: { ...base, logprobs: false, top_logprobs: 3 },
      errors: [{ messageId: 'missingLogprobs' }],
      output: null,
    },
    {
      name: 'logprobs: null: no fix either',
      code: { ...base, logprobs: null, top_logprobs: 0 },
      errors: [{ messageId: 'missingLogprobs' }],
      output: null,
    },
    {
      name: 'LangChain spelling',
      code: { model: 'gpt-4.1', topLogprobs: 2 },
      api: 'langchain',
      errors: [{ messageId: 'missingLogprobs', path: '/topLogprobs' }],
    },
  ],
});
