import fc from 'fast-check';
import type { Violation } from './types.js';
import { validChatRequest } from '../../support/valid-requests.js';

/** A plausible value for each Responses-only parameter (the rule must not depend on the value). */
const RESPONSES_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  input: fc.constantFrom('hello', [{ role: 'user', content: 'hello' }]),
  instructions: fc.constant('Be brief.'),
  text: fc.constantFrom({ verbosity: 'low' }, { format: { type: 'json_object' } }),
  max_output_tokens: fc.integer({ min: 16, max: 10_000 }),
  reasoning: fc.constantFrom({ effort: 'low' }, { summary: 'auto' }),
  previous_response_id: fc.constant('resp_123'),
  conversation: fc.constantFrom('conv_123', { id: 'conv_123' }),
  include: fc.constant(['message.output_text.logprobs']),
  truncation: fc.constantFrom('auto', 'disabled'),
  context_management: fc.constant([{ type: 'compaction' }]),
  background: fc.boolean(),
  max_tool_calls: fc.integer({ min: 1, max: 10 }),
  prompt: fc.constant({ id: 'pmpt_123' }),
};

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'params/no-responses-parameters': fc
    .tuple(validChatRequest(), fc.constantFrom(...Object.keys(RESPONSES_VALUES)))
    .chain(([{ request }, key]) => RESPONSES_VALUES[key]!.map((value) => ({ request: { ...request, [key]: value }, path: `/${key}` }))),
  'params/no-max-tokens-with-max-completion-tokens': fc
    .tuple(validChatRequest(), fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 1, max: 4096 }))
    .map(([{ request }, maxTokens, maxCompletionTokens]) => ({
      request: { ...request, max_tokens: maxTokens, max_completion_tokens: maxCompletionTokens },
      path: request.prediction === undefined ? '/max_tokens' : '/max_completion_tokens',
    })),
};
