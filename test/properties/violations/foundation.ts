import fc from 'fast-check';
import type { Violation } from './types.js';
import { modelIdsWhere } from '../../support/model-ids.js';
import { REASONING_EFFORTS } from '../../../src/models/types.js';
import { modelFor, SAMPLE_MODELS, validChatRequest } from '../../support/valid-requests.js';

/**
 * For every rule, a generator of requests that break it exactly once, with the pointer where the rule
 * must report. Each starts from a valid generated request and applies one mutation, so a rule that
 * misses a case, or reports at the wrong place, fails its property.
 */

const reasoningModels = SAMPLE_MODELS.filter((id) => modelFor(id).isReasoning === true);
const nonReasoningModels = SAMPLE_MODELS.filter((id) => modelFor(id).isReasoning === false);

function without(request: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...request };
  for (const key of keys) delete copy[key];
  return copy;
}

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'audio/no-audio-options-without-modality': validChatRequest().map(({ request }) => ({
    request: { ...without(request, 'modalities'), audio: { voice: 'alloy', format: 'wav' } },
    path: '/audio',
  })),
  // On a model that cannot speak, `audio/no-audio-output-on-unsupported-model` reports instead.
  'audio/require-audio-options': fc
    .tuple(validChatRequest(modelIdsWhere((m) => m.supports('audioOutput') === true)), fc.constantFrom(['audio'], ['text', 'audio']))
    .map(([{ request }, modalities]) => ({
      request: { ...without(request, 'audio'), modalities },
      path: `/modalities/${modalities.indexOf('audio')}`,
    })),
  'logprobs/no-top-logprobs-without-logprobs': fc
    .tuple(validChatRequest(), fc.integer({ min: 0, max: 20 }), fc.constantFrom(undefined, false, null))
    .map(([{ request }, top, logprobs]) => ({
      request: { ...without(request, 'logprobs'), top_logprobs: top, ...(logprobs === undefined ? {} : { logprobs }) },
      path: '/top_logprobs',
    })),
  'reasoning/no-max-tokens-on-reasoning-model': fc
    .tuple(validChatRequest(reasoningModels), fc.integer({ min: 1, max: 100_000 }))
    .map(([{ request }, max]) => ({
      request: { ...without(request, 'max_completion_tokens'), max_tokens: max },
      path: '/max_tokens',
    })),
  'reasoning/no-reasoning-effort-on-non-reasoning-model': fc
    .tuple(validChatRequest(nonReasoningModels), fc.constantFrom(...REASONING_EFFORTS))
    .map(([{ request }, effort]) => ({
      request: { ...request, reasoning_effort: effort },
      path: '/reasoning_effort',
    })),
  'reasoning/valid-reasoning-effort': validChatRequest(reasoningModels)
    .filter(({ model }) => (model.reasoning?.efforts?.length ?? 7) < REASONING_EFFORTS.length)
    .chain(({ request, model }) =>
      fc
        .constantFrom(...REASONING_EFFORTS.filter((e) => !model.reasoning!.efforts!.includes(e)))
        .map((effort) => ({ request: { ...request, reasoning_effort: effort }, path: '/reasoning_effort' })),
    ),
  'sampling/no-unsupported-sampling-parameters': validChatRequest(
    reasoningModels.filter((id) => ['rejected', 'default-only'].includes(modelFor(id).parameter('temperature') ?? '')),
  ).chain(({ request }) =>
    fc
      .double({ min: 0, max: 2, noNaN: true })
      .filter((t) => t !== 1)
      .map((temperature) => ({ request: { ...request, temperature }, path: '/temperature' })),
  ),
  'streaming/no-stream-options-without-stream': fc
    .tuple(validChatRequest(), fc.constantFrom(undefined, false, null))
    .map(([{ request }, stream]) => ({
      request: { ...without(request, 'stream'), ...(stream === undefined ? {} : { stream }), stream_options: { include_usage: true } },
      path: '/stream_options',
    })),
  // On a model that rejects the parameter outright, `models/no-unsupported-parallel-tool-calls` reports instead.
  'tools/no-parallel-tool-calls-without-tools': fc
    .tuple(
      validChatRequest(SAMPLE_MODELS.filter((id) => modelFor(id).supports('parallelToolCalls') !== false)),
      fc.boolean(),
      fc.constantFrom(undefined, []),
    )
    .map(([{ request }, parallel, tools]) => ({
      request: { ...without(request, 'tools', 'tool_choice'), ...(tools ? { tools } : {}), parallel_tool_calls: parallel },
      path: '/parallel_tool_calls',
    })),
  'tools/no-tool-choice-without-tools': fc
    .tuple(validChatRequest(), fc.constantFrom('auto', 'required', 'none', { type: 'function', function: { name: 'f' } }))
    .map(([{ request }, choice]) => ({
      request: { ...without(request, 'tools', 'parallel_tool_calls'), tool_choice: choice },
      path: '/tool_choice',
    })),
};
