import type { RequestNode } from './nodes.js';
import type { Api } from './types.js';

/**
 * Request parameters that exist in more than one API under different names. Rules that apply to
 * several APIs read them through `param()` so one rule serves all, and report at the pointer it
 * returns so the message names the user's own key.
 */
export const PARAMETER_POINTERS = {
  model: { 'chat.completions': '/model', responses: '/model' },
  reasoningEffort: { 'chat.completions': '/reasoning_effort', responses: '/reasoning/effort' },
  maxOutputTokens: { 'chat.completions': '/max_completion_tokens', responses: '/max_output_tokens' },
  verbosity: { 'chat.completions': '/verbosity', responses: '/text/verbosity' },
  temperature: { 'chat.completions': '/temperature', responses: '/temperature' },
  topP: { 'chat.completions': '/top_p', responses: '/top_p' },
  topLogprobs: { 'chat.completions': '/top_logprobs', responses: '/top_logprobs' },
  tools: { 'chat.completions': '/tools', responses: '/tools' },
  toolChoice: { 'chat.completions': '/tool_choice', responses: '/tool_choice' },
  parallelToolCalls: { 'chat.completions': '/parallel_tool_calls', responses: '/parallel_tool_calls' },
  stream: { 'chat.completions': '/stream', responses: '/stream' },
  streamOptions: { 'chat.completions': '/stream_options', responses: '/stream_options' },
  store: { 'chat.completions': '/store', responses: '/store' },
  metadata: { 'chat.completions': '/metadata', responses: '/metadata' },
  serviceTier: { 'chat.completions': '/service_tier', responses: '/service_tier' },
} as const satisfies Record<string, Partial<Record<Api, string>>>;

export type CanonicalParameter = keyof typeof PARAMETER_POINTERS;

export interface ParameterValue {
  path: string;
  value: unknown;
}

/** The parameter's pointer and value when the request sets it (an explicit `null` counts as set). */
export function param(request: RequestNode, name: CanonicalParameter): ParameterValue | undefined {
  const pointer = (PARAMETER_POINTERS[name] as Partial<Record<Api, string>>)[request.api];
  if (pointer === undefined) return undefined;
  let current: unknown = request.value;
  for (const segment of segmentsOf(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return { path: pointer, value: current };
}

/** Set to something other than `null` (the API treats `null` as "not set" for most parameters). */
export function paramValue(request: RequestNode, name: CanonicalParameter): ParameterValue | undefined {
  const found = param(request, name);
  return found === undefined || found.value === null ? undefined : found;
}

/** Pointer → its segments, split once: `param()` runs many times per request, on a handful of pointers. */
const SEGMENTS = new Map<string, readonly string[]>();

function segmentsOf(pointer: string): readonly string[] {
  let segments = SEGMENTS.get(pointer);
  if (segments === undefined) SEGMENTS.set(pointer, (segments = pointer.slice(1).split('/')));
  return segments;
}
