import rule from '../../../rules/reasoning/no-function-tools-with-reasoning-on-chat.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const tool = { type: 'function', function: { name: 'lookup' } };
const custom = { type: 'custom', custom: { name: 'sql' } };
const messages = [{ role: 'user', content: 'Look it up.' }];

runRuleTests(rule, {
  valid: [
    { name: 'effort none', code: { model: 'gpt-5.5', reasoning_effort: 'none', tools: [tool], messages } },
    { name: 'no effort, default none', code: { model: 'gpt-5.4', tools: [tool], messages } },
    { name: 'no effort, default unknown: silent', code: { model: 'gpt-5.5', tools: [tool], messages } },
    { name: 'only custom tools', code: { model: 'gpt-5.6-sol', reasoning_effort: 'high', tools: [custom], messages } },
    { name: 'no tools', code: { model: 'gpt-5.6-sol', reasoning_effort: 'high', messages } },
    { name: 'a model that takes tools while reasoning', code: { model: 'gpt-5', reasoning_effort: 'high', tools: [tool], messages } },
    { name: 'a dated snapshot with effort none', code: { model: 'gpt-5.4-2026-03-05', reasoning_effort: 'none', tools: [tool], messages } },
  ],
  invalid: [
    {
      name: 'explicit effort',
      code: { model: 'gpt-5.4', reasoning_effort: 'low', tools: [tool], messages },
      errors: [{ messageId: 'explicitEffort', path: '/reasoning_effort', data: { effort: 'low', model: 'gpt-5.4' }, suggestions: 1 }],
      output: null,
    },
    {
      name: 'default effort medium applies when none is given',
      code: { model: 'gpt-5.6-terra', tools: [tool, custom], messages },
      errors: [{ messageId: 'defaultEffort', path: '/tools', data: { effort: 'medium' }, suggestions: 1 }],
    },
    {
      name: 'explicit null effort means the default',
      code: { model: 'gpt-5.6-luna', reasoning_effort: null, tools: [tool], messages },
      errors: [{ messageId: 'defaultEffort', path: '/tools' }],
    },
    {
      name: 'a dated snapshot resolves to its family',
      code: { model: 'gpt-5.5-2026-04-23', reasoning_effort: 'xhigh', tools: [tool], messages },
      errors: [{ messageId: 'explicitEffort', path: '/reasoning_effort' }],
    },
    {
      name: 'a model without effort none refuses function tools at any effort',
      code: { model: 'gpt-6-astra', reasoning_effort: 'low', tools: [tool], messages },
      errors: [{ messageId: 'noEffortNone', path: '/tools', suggestions: 0 }],
    },
  ],
});

/** The same rule against facts the bundled table does not have: unknown is silence. */
const unknownFacts = createModelRegistry({
  customModels: [
    customEntry(['reasoner-unknown'], {
      reasoning: { efforts: ['none', 'low'], defaultEffort: 'low', acceptsNullEffort: null },
      features: { ...customEntry([]).features, functionToolsWithReasoningOnChat: null },
    }),
    customEntry(['reasoner-refuses'], {
      reasoning: { efforts: ['none', 'low'], defaultEffort: 'low', acceptsNullEffort: null },
      features: { ...customEntry([]).features, functionToolsWithReasoningOnChat: false },
    }),
  ],
});

runRuleTests(
  rule,
  {
    valid: [{ name: 'fact unknown', code: { model: 'reasoner-unknown', tools: [tool], messages } }],
    invalid: [
      {
        name: 'custom entry that refuses',
        code: { model: 'reasoner-refuses', tools: [tool], messages },
        errors: [{ messageId: 'defaultEffort', data: { effort: 'low' } }],
      },
    ],
  },
  { registry: unknownFacts },
);
