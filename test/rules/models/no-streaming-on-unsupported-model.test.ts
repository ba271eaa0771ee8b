import noStreaming from '../../../rules/models/no-streaming-on-unsupported-model.js';
import { createModelRegistry } from '../../../src/models/registry.js';
import { customEntry } from '../../models/fixtures.js';
import { runRuleTests } from '../../support/rule-tester.js';

const messages = [{ role: 'user', content: 'Hello' }];

const streamless = createModelRegistry({
  customModels: [customEntry(['batch-only'], { features: { ...customEntry([]).features, streaming: false } })],
});

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
