import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';
import { modelIdsWhere } from '../../support/model-ids.js';

const noParallel = SAMPLE_MODELS.filter(
  (id) => modelFor(id).supports('parallelToolCalls') === false && modelFor(id).supports('functionCalling') === true,
);
const strictSchema = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false };
const user = fc.constantFrom('hello', 'Summarise this.', 'What is 2 + 2?').map((content) => [{ role: 'user', content }]);
const sample = (predicate: (id: string) => boolean) => SAMPLE_MODELS.filter(predicate);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'models/no-responses-only-model': fc
    .tuple(fc.constantFrom(...modelIdsWhere((m) => m.servesApi?.('chat.completions') === false)), user)
    .map(([model, messages]) => ({
      request: { model, messages },
      path: '/model',
    })),
  'models/no-unsupported-verbosity': fc
    .tuple(validChatRequest(sample((id) => modelFor(id).supports('verbosity') === false)), fc.constantFrom('low', 'high'))
    .map(([{ request }, verbosity]) => ({
      request: { ...request, verbosity },
      path: '/verbosity',
    })),
  'models/no-streaming-on-unsupported-model': fc
    .tuple(fc.constantFrom(...modelIdsWhere((m) => m.supports('streaming') === false)), user)
    .map(([model, messages]) => ({
      request: { model, messages, stream: true },
      path: '/stream',
    })),
  'models/no-unsupported-prompt-cache-options': fc
    .tuple(
      validChatRequest(sample((id) => modelFor(id).supports('promptCacheOptions') === false)),
      fc.constantFrom({}, { ttl: '30m' }, { mode: 'explicit' }),
    )
    .map(([{ request }, options]) => ({
      request: { ...request, prompt_cache_options: options },
      path: '/prompt_cache_options',
    })),
  'models/no-in-memory-prompt-cache-retention': validChatRequest(
    modelIdsWhere(
      (m) =>
        m.supports('promptCacheRetentionInMemory') === false && m.servesApi?.('chat.completions') === true && m.reasoning?.efforts != null,
    ),
  ).map(({ request }) => ({
    request: { ...request, prompt_cache_retention: 'in_memory' },
    path: '/prompt_cache_retention',
  })),
  'models/no-unsupported-parallel-tool-calls': fc.tuple(validChatRequest(noParallel), fc.boolean()).map(([{ request }, parallel]) => ({
    request: { ...request, tools: [{ type: 'function', function: { name: 'lookup' } }], parallel_tool_calls: parallel },
    path: '/parallel_tool_calls',
  })),
  'models/no-unsupported-structured-outputs': validChatRequest(
    modelIdsWhere((m) => m.supports('structuredOutputs') === false && m.servesApi?.('chat.completions') === true && m.reasoning === null),
  ).map(({ request }) => ({
    request: { ...request, response_format: { type: 'json_schema', json_schema: { name: 'result', strict: true, schema: strictSchema } } },
    path: '/response_format/type',
  })),
  'models/no-output-tokens-over-limit': fc
    .tuple(
      validChatRequest(sample((id) => typeof modelFor(id).limits?.maxOutputTokens === 'number')),
      fc.integer({ min: 1, max: 1_000_000 }),
    )
    .map(([{ request, model }, extra]) => ({
      request: { ...request, max_completion_tokens: model.limits!.maxOutputTokens! + extra },
      path: '/max_completion_tokens',
    })),
};
