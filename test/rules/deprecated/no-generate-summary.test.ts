import noGenerateSummary from '../../../rules/deprecated/no-generate-summary.js';
import { runRuleTests } from '../../support/rule-tester.js';

runRuleTests(noGenerateSummary, {
  valid: [
    { name: 'summary', code: { model: 'o3', reasoning: { summary: 'auto', generate_summary: null }, input: 'hi' }, api: 'responses' },
  ],
  invalid: [
    {
      name: 'renamed',
      code: { model: 'o3', reasoning: { effort: 'low', generate_summary: 'detailed' }, input: 'hi' },
      api: 'responses',
      errors: [{ messageId: 'deprecated', path: '/reasoning/generate_summary' }],
      output: { model: 'o3', reasoning: { effort: 'low', summary: 'detailed' }, input: 'hi' },
    },
    {
      name: 'both set',
      code: { model: 'o3', reasoning: { summary: 'auto', generate_summary: 'auto' }, input: 'hi' },
      api: 'responses',
      errors: [{ messageId: 'bothSet', suggestions: 1 }],
      output: null,
    },
  ],
});
