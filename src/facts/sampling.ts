import type { ModelParameter } from '../models/types.js';

/**
 * Sampling parameters' default values, from the spec's `CreateChatCompletionRequest` (SPEC commit
 * f85dbe2, 2026-08-21; api-facts §1.1). A parameter set to its default changes nothing, and models
 * that accept only the default still accept it (api-facts §3.2). Parameters without a meaningful
 * default value (`top_logprobs`, `logit_bias`, `stop`) are absent.
 */
export const SAMPLING_DEFAULTS: Readonly<Partial<Record<ModelParameter, unknown>>> = {
  temperature: 1,
  top_p: 1,
  frequency_penalty: 0,
  presence_penalty: 0,
  logprobs: false,
};
