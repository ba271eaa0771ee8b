/**
 * Deprecated request parameters (Chat Completions and Responses): what replaces each, since when, and where that is
 * written. The `deprecated/*` rules read this table and never restate these facts, so a new
 * deprecation (or a corrected date) is one edit here. Every entry is marked deprecated in the spec
 * snapshot cited; `since` says what is known of the date (api-facts §1.1 and its spec history).
 */

import type { Api } from '../types.js';

export interface FactSource {
  title: string;
  url: string;
  /** Date of the snapshot that was read. */
  checked: string;
}

export interface Deprecation {
  /** The wire name (a dotted path for a nested key). */
  parameter: string;
  /** The APIs whose request bodies have this parameter. */
  apis: readonly Api[];
  /** When it was deprecated, as precise as the sources allow, and how that is known. */
  since: string;
  /** The parameters to use instead; empty when the API names no replacement. */
  replacements: readonly string[];
  /** One clause for messages: what to do instead. */
  advice: string;
  sources: readonly FactSource[];
}

const SPEC: FactSource = {
  title: 'OpenAI OpenAPI spec, openai/openai-openapi openapi.yaml, CreateChatCompletionRequest (commit f85dbe2, info.version 2.3.0)',
  url: 'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml',
  checked: '2026-11-25',
};

const RESPONSES_SPEC: FactSource = {
  title: 'OpenAI OpenAPI spec, openai/openai-openapi openapi.yaml, CreateResponse and Reasoning (commit f85dbe2, info.version 2.3.0)',
  url: SPEC.url,
  checked: '2026-11-25',
};

export const DEPRECATIONS = {
  max_tokens: {
    parameter: 'max_tokens',
    apis: ['chat.completions'],
    since: 'unknown (`max_completion_tokens` arrived with o1 in 2024-09; marked deprecated in SPEC)',
    replacements: ['max_completion_tokens'],
    advice: 'use `max_completion_tokens`, which means the same for models that do not reason',
    sources: [SPEC],
  },
  functions: {
    parameter: 'functions',
    apis: ['chat.completions'],
    since: 'unknown (superseded by `tools` in late 2023; marked deprecated in SPEC)',
    replacements: ['tools'],
    advice: 'declare the functions as `tools` of type "function"',
    sources: [SPEC],
  },
  function_call: {
    parameter: 'function_call',
    apis: ['chat.completions'],
    since: 'unknown (superseded by `tool_choice` in late 2023; marked deprecated in SPEC)',
    replacements: ['tool_choice'],
    advice: 'use `tool_choice`',
    sources: [SPEC],
  },
  user: {
    parameter: 'user',
    apis: ['chat.completions', 'responses'],
    since: 'by 2026-05-13 (SPEC@2026-05-13 has `safety_identifier` and `prompt_cache_key` as its replacements)',
    replacements: ['safety_identifier', 'prompt_cache_key'],
    advice: 'use `safety_identifier` for abuse detection and `prompt_cache_key` for cache bucketing',
    sources: [SPEC],
  },
  seed: {
    parameter: 'seed',
    apis: ['chat.completions'],
    since: 'between 2025-04-29 and 2026-05-13 (not deprecated in SPEC@2025-04-29, deprecated in SPEC@2026-05-13)',
    replacements: [],
    advice: 'the API names no replacement and does not guarantee determinism, so remove it',
    sources: [SPEC],
  },
  prompt_cache_retention: {
    parameter: 'prompt_cache_retention',
    apis: ['chat.completions', 'responses'],
    since: 'by 2026-08-21 (deprecated in favour of `prompt_cache_options`, which SPEC@2026-05-13 did not have yet)',
    replacements: ['prompt_cache_options'],
    advice: 'use `prompt_cache_options.ttl` (a minimum cache lifetime, not a maximum retention, so it is not a rename)',
    sources: [SPEC],
  },
  truncation: {
    parameter: 'truncation',
    apis: ['responses'],
    since: 'by 2026-08-21 (deprecated in favour of `context_management`, a 2026 addition)',
    replacements: ['context_management'],
    advice: 'use `context_management` (compaction) to keep long conversations within the context window',
    sources: [RESPONSES_SPEC],
  },
  'reasoning.generate_summary': {
    parameter: 'reasoning.generate_summary',
    apis: ['responses'],
    since: 'unknown (marked deprecated in SPEC, with `summary` as its replacement)',
    replacements: ['reasoning.summary'],
    advice: 'use `reasoning.summary`, which takes the same values',
    sources: [RESPONSES_SPEC],
  },
} as const satisfies Record<string, Deprecation>;

export type DeprecatedParameter = keyof typeof DEPRECATIONS;
