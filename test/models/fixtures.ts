import type { ModelEntry } from '../../src/models/types.js';

/** A complete, valid custom entry to derive variants from (custom entries must state every fact). */
export function customEntry(ids: string[], overrides: Partial<ModelEntry> = {}): ModelEntry {
  return {
    ids,
    apis: { 'chat.completions': true, responses: false },
    reasoning: null,
    features: {
      vision: false,
      audioInput: false,
      audioOutput: false,
      requiresAudio: false,
      structuredOutputs: true,
      functionCalling: true,
      strictTools: true,
      parallelToolCalls: true,
      verbosity: false,
      prediction: false,
      webSearchOptions: false,
      streaming: true,
      systemRole: true,
      developerRole: null,
      functionToolsWithReasoningOnChat: true,
      promptCacheOptions: false,
      promptCacheRetentionInMemory: null,
    },
    parameters: {
      temperature: 'supported',
      top_p: 'supported',
      frequency_penalty: 'rejected',
      presence_penalty: 'rejected',
      logprobs: null,
      top_logprobs: null,
      logit_bias: 'ignored',
      stop: 'supported',
      n: 'supported',
      seed: 'supported',
      max_tokens: 'supported',
    },
    serviceTiers: null,
    sources: ['our-load-test'],
    checked: '2026-11-20',
    ...overrides,
  };
}
