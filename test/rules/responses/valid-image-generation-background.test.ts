import rule from '../../../rules/responses/valid-image-generation-background.js';
import { runRuleTests } from '../../support/rule-tester.js';

const request = (tool: object) => ({ model: 'gpt-5', input: 'Draw a logo.', tools: [{ type: 'image_generation', ...tool }] });

runRuleTests(rule, {
  valid: [
    { name: 'transparent png', code: request({ background: 'transparent', output_format: 'png' }) },
    { name: 'transparent webp', code: request({ background: 'transparent', output_format: 'webp' }) },
    { name: 'transparent, default format', code: request({ background: 'transparent' }) },
    { name: 'opaque jpeg', code: request({ background: 'opaque', output_format: 'jpeg' }) },
  ],
  invalid: [
    {
      name: 'transparent jpeg: two suggestions, no fix',
      code: request({ background: 'transparent', output_format: 'jpeg' }),
      errors: [{ messageId: 'noAlpha', path: '/tools/0/output_format', data: { format: 'jpeg' }, suggestions: 2 }],
      output: null,
    },
  ],
});
