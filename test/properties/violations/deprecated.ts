import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';
import { modelIdsWhere } from '../../support/model-ids.js';
import { validResponsesRequest } from '../../support/valid-dialect-requests.js';

function without(request: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...request };
  for (const key of keys) delete copy[key];
  return copy;
}

const reasoning = SAMPLE_MODELS.filter((id) => modelFor(id).reasoning?.efforts?.length);
const nonReasoning = SAMPLE_MODELS.filter((id) => modelFor(id).isReasoning === false);
const withCacheOptions = modelIdsWhere((m) => m.supports('promptCacheOptions') === true && m.servesApi?.('chat.completions') === true);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'deprecated/no-max-tokens': fc.tuple(validChatRequest(nonReasoning), fc.integer({ min: 1, max: 100_000 })).map(([{ request }, max]) => ({
    request: { ...without(request, 'max_completion_tokens'), max_tokens: max },
    path: '/max_tokens',
  })),
  'deprecated/no-legacy-functions': fc
    .tuple(validChatRequest(nonReasoning), fc.constantFrom(undefined, 'auto', 'none', { name: 'lookup' }), fc.boolean())
    .map(([{ request }, call, pointAtCall]) => ({
      request: {
        ...without(request, 'tools', 'tool_choice', 'parallel_tool_calls'),
        functions: [{ name: 'lookup', parameters: { type: 'object', properties: {} } }],
        ...(call === undefined ? {} : { function_call: call }),
      },
      path: call !== undefined && pointAtCall ? '/function_call' : '/functions',
    })),
  'deprecated/no-user': fc.tuple(validChatRequest(), fc.stringMatching(/^[a-z0-9-]{1,80}$/)).map(([{ request }, user]) => ({
    request: { ...request, user },
    path: '/user',
  })),
  'deprecated/no-seed': fc.tuple(validChatRequest(), fc.integer()).map(([{ request }, seed]) => ({
    request: { ...request, seed },
    path: '/seed',
  })),
  'deprecated/no-prompt-cache-retention': fc
    .tuple(validChatRequest(withCacheOptions), fc.constantFrom('24h'))
    .map(([{ request }, retention]) => ({
      request: { ...request, prompt_cache_retention: retention },
      path: '/prompt_cache_retention',
    })),
  'deprecated/no-truncation': fc.tuple(validResponsesRequest(), fc.constantFrom('auto', 'disabled')).map(([{ request }, truncation]) => ({
    request: { ...request, truncation },
    path: '/truncation',
    api: 'responses' as const,
  })),
  'deprecated/no-generate-summary': fc
    .tuple(validResponsesRequest(reasoning), fc.constantFrom('auto', 'concise', 'detailed'), fc.boolean())
    .map(([{ request }, summary, withSummary]) => ({
      request: {
        ...request,
        reasoning: { ...(request.reasoning as object | undefined), generate_summary: summary, ...(withSummary ? { summary: 'auto' } : {}) },
      },
      path: '/reasoning/generate_summary',
      api: 'responses' as const,
    })),
};
