import noInMemory from '../../../rules/models/no-in-memory-prompt-cache-retention.js';
import noResponsesOnly from '../../../rules/models/no-responses-only-model.js';
import noStreaming from '../../../rules/models/no-streaming-on-unsupported-model.js';
import noCacheOptions from '../../../rules/models/no-unsupported-prompt-cache-options.js';
import noVerbosity from '../../../rules/models/no-unsupported-verbosity.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

runRuleTests(noResponsesOnly, {
  valid: [
    { name: 'served by Chat', code: { model: 'gpt-4.1', messages } },
    { name: 'sources conflict (null): silent', code: { model: 'gpt-5.2-pro', messages } },
    { name: 'codex-mini-latest is null too', code: { model: 'codex-mini-latest', messages } },
  ],
  invalid: [
    { name: 'Responses-only', code: { model: 'gpt-5-pro', messages }, errors: [{ messageId: 'responsesOnly', path: '/model', data: { model: 'gpt-5-pro' } }], output: null },
    { name: 'dated snapshot of a Responses-only model', code: { model: 'o1-pro-2025-03-19', messages }, errors: [{ messageId: 'responsesOnly', path: '/model' }] },
  ],
});

runRuleTests(noVerbosity, {
  valid: [
    { name: 'GPT-5', code: { model: 'gpt-5-mini', verbosity: 'high', messages } },
    { name: 'medium everywhere', code: { model: 'gpt-4.1', verbosity: 'medium', messages } },
    { name: 'null', code: { model: 'gpt-4.1', verbosity: null, messages } },
    { name: 'unknown fact', code: { model: 'gpt-5.2-chat-latest', verbosity: 'low', messages } },
  ],
  invalid: [
    {
      name: 'the fix removes it',
      code: { model: 'gpt-4.1', verbosity: 'high', messages },
      errors: [{ messageId: 'unsupported', path: '/verbosity', data: { value: 'high', model: 'gpt-4.1' } }],
      output: { model: 'gpt-4.1', messages },
    },
  ],
});

const streamless = createModelRegistry({ customModels: [customEntry(['batch-only'], { features: { ...customEntry([]).features, streaming: false } })] });
runRuleTests(
  noStreaming,
  {
    valid: [
      { name: 'stream false', code: { model: 'batch-only', stream: false, messages } },
      { name: 'a streaming model', code: { model: 'gpt-4o', stream: true, messages } },
    ],
    invalid: [
      {
        name: 'stream and its options',
        code: { model: 'batch-only', stream: true, stream_options: { include_usage: true }, messages },
        errors: [{ messageId: 'noStreaming', path: '/stream', suggestions: 1 }],
        output: null,
      },
    ],
  },
  { registry: streamless },
);

runRuleTests(noCacheOptions, {
  valid: [
    { name: 'gpt-5.6', code: { model: 'gpt-5.6', prompt_cache_options: { ttl: '30m' }, messages } },
    { name: 'null', code: { model: 'gpt-4o', prompt_cache_options: null, messages } },
    { name: 'unknown fact', code: { model: 'gpt-6-sol', prompt_cache_options: { mode: 'explicit' }, messages } },
  ],
  invalid: [{ name: 'before gpt-5.6', code: { model: 'gpt-5.5', prompt_cache_options: { mode: 'explicit' }, messages }, errors: [{ messageId: 'unsupported', path: '/prompt_cache_options', suggestions: 1 }], output: null }],
});

runRuleTests(noInMemory, {
  valid: [
    { name: '24h', code: { model: 'gpt-5.5', prompt_cache_retention: '24h', messages } },
    { name: 'older model (unknown fact)', code: { model: 'gpt-4.1', prompt_cache_retention: 'in_memory', messages } },
    { name: 'null', code: { model: 'gpt-5.5', prompt_cache_retention: null, messages } },
  ],
  invalid: [
    { name: 'gpt-5.6 family', code: { model: 'gpt-5.6-luna', prompt_cache_retention: 'in_memory', messages }, errors: [{ messageId: 'only24h', path: '/prompt_cache_retention', suggestions: 2 }], output: null },
  ],
});
