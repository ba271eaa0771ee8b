import { lookupSegments, MISSING, parsePointer, toPointer } from './json-pointer.js';
import type { ResolvedModel } from './models/types.js';
import type { RequestNode } from './nodes.js';
import type { Api, JsonPatch } from './types.js';

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
  const place = PLACES[name][request.api];
  if (place === undefined) return undefined;
  const value = lookupSegments(request.value, place.segments);
  return value === MISSING ? undefined : { path: place.pointer, value };
}

/**
 * The parameter's value (`undefined` when the request does not set it), without its pointer: for a
 * check that decides without reporting, so nothing is allocated on the common path.
 */
export function peekParam(request: RequestNode, name: CanonicalParameter): unknown {
  const place = PLACES[name][request.api];
  if (place === undefined) return undefined;
  const value = lookupSegments(request.value, place.segments);
  return value === MISSING ? undefined : value;
}

/** Set to something other than `null` (the API treats `null` as "not set" for most parameters). */
export function paramValue(request: RequestNode, name: CanonicalParameter): ParameterValue | undefined {
  const found = param(request, name);
  return found === undefined || found.value === null ? undefined : found;
}

/**
 * Each parameter's pointer per API with its segments, split once at load: `param()` runs many times
 * per request, and rules read parameters on every request that has them.
 */
const PLACES = Object.fromEntries(
  Object.entries(PARAMETER_POINTERS).map(([name, byApi]) => [
    name,
    Object.fromEntries(Object.entries(byApi).map(([api, pointer]) => [api, { pointer, segments: parsePointer(pointer) }])),
  ]),
) as unknown as Record<CanonicalParameter, Partial<Record<Api, { pointer: string; segments: readonly string[] }>>>;

/** Where a parameter lives in this request's API (`undefined` when the API has no such parameter). */
export function parameterPointer(request: RequestNode, name: CanonicalParameter): string | undefined {
  return PLACES[name][request.api]?.pointer;
}

/**
 * The reasoning effort that applies to a request: its own (not `null`), else the model's default;
 * `effort` is `null` when neither is known.
 */
export function effectiveEffort(
  request: RequestNode,
  model: ResolvedModel | undefined,
): { effort: string | null; explicit: ParameterValue | undefined } {
  const explicit = paramValue(request, 'reasoningEffort');
  const effort = typeof explicit?.value === 'string' ? explicit.value : (model?.reasoning?.defaultEffort ?? null);
  return { effort, explicit };
}

/**
 * A JSON Patch that sets a parameter, adding the objects above it that are missing, so a fix that sets
 * `reasoning.effort` on a Responses body without `reasoning` applies instead of failing.
 */
export function setParameterPatch(request: RequestNode, name: CanonicalParameter, value: unknown): JsonPatch {
  const place = PLACES[name][request.api];
  if (place === undefined) return [];
  const segments = place.segments;
  let current: unknown = request.value;
  for (let depth = 0; depth < segments.length; depth++) {
    const segment = segments[depth]!;
    const here = toPointer(segments.slice(0, depth + 1));
    const record = current !== null && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
    if (record === undefined || !Object.hasOwn(record, segment)) {
      // Build the rest as one nested value under the first missing key.
      const nested = segments.slice(depth + 1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
      return [{ op: 'add', path: here, value: nested }];
    }
    if (depth === segments.length - 1) return [{ op: 'replace', path: here, value }];
    current = record[segment];
  }
  return [];
}
