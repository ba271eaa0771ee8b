import fc from 'fast-check';
import { defaultModelRegistry } from '../../src/models/registry.js';
import type { ResolvedModel } from '../../src/models/types.js';

/**
 * Generators of Chat Completions requests that the API accepts: every parameter is chosen from what
 * the model's registry entry says it supports, and cross-field constraints are honoured (tool_choice
 * only with tools, stream_options only when streaming...). "Valid requests give no errors" is then
 * a real invariant over a large space, and rule violations are made by mutating these.
 */

/** Models whose facts are fully known for the parameters generated here, across families. */
export const SAMPLE_MODELS = [
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4o',
  'gpt-4o-mini',
  'o3',
  'o4-mini',
  'o3-mini',
  'gpt-5',
  'gpt-5-mini',
  'gpt-5.1',
  'gpt-5.2',
  'gpt-5.5',
] as const;

export function modelFor(id: string): ResolvedModel {
  const model = defaultModelRegistry.resolve(id);
  if (model === undefined) throw new Error(`test model ${id} is not in the registry`);
  return model;
}

/** A JSON number in a range; never -0, which JSON cannot carry (it reads back as 0). */
const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

const words = fc.constantFrom('hello', 'weather', 'invoice', 'summary', 'plan', 'translate', 'explain', 'list');
const sentence = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);

/**
 * A strict-valid schema: nested objects and arrays, every object closed and fully required, at most
 * four object levels deep, so it stays within every Structured Outputs limits profile (the oldest
 * allowed five levels).
 */
export const strictSchema: fc.Arbitrary<Record<string, unknown>> = strictObject(4);

function strictObject(levels: number): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .uniqueArray(fc.tuple(identifier, strictNode(levels - 1)), { minLength: 1, maxLength: 4, selector: ([name]) => name })
    .map((entries) => ({
      type: 'object',
      properties: Object.fromEntries(entries),
      required: entries.map(([name]) => name),
      additionalProperties: false,
    }));
}

function strictNode(levelsLeft: number): fc.Arbitrary<Record<string, unknown>> {
  const leaf = fc.constantFrom<Record<string, unknown>>(
    { type: 'string' },
    { type: 'integer' },
    { type: 'number' },
    { type: 'boolean' },
    { type: ['string', 'null'] },
    { type: 'string', enum: ['a', 'b'] },
  );
  if (levelsLeft <= 0) return leaf;
  // Leaves are likelier than containers, so generated schemas stay small on average.
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.constant(null).chain(() => strictObject(levelsLeft)) },
    {
      weight: 1,
      arbitrary: fc
        .constant(null)
        .chain(() => strictNode(levelsLeft))
        .map((items) => ({ type: 'array', items })),
    },
  );
}

/** A loose (non-strict) parameters schema: optional properties, open objects. */
const looseSchema = fc.uniqueArray(identifier, { minLength: 0, maxLength: 3 }).map((names) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])),
}));

const functionTool = (strict: boolean) =>
  fc
    .record({ name: identifier, description: sentence, parameters: strict ? strictSchema : looseSchema })
    .map(({ name, description, parameters }) => ({
      type: 'function',
      function: { name, description, parameters, ...(strict ? { strict: true } : {}) },
    }));

function messagesFor(model: ResolvedModel): fc.Arbitrary<Array<Record<string, unknown>>> {
  const roles = ['user', 'assistant'];
  if (model.supports('systemRole') === true) roles.push('system');
  if (model.supports('developerRole') === true) roles.push('developer');
  const message = fc.record({ role: fc.constantFrom(...roles), content: sentence });
  // Conversations end with a user turn, as real ones do.
  return fc.tuple(fc.array(message, { maxLength: 4 }), sentence).map(([history, last]) => [...history, { role: 'user', content: last }]);
}

/** Optional parameters, each only when the model accepts it. */
function optionalParameters(model: ResolvedModel): fc.Arbitrary<Record<string, unknown>> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  const supported = (name: Parameters<ResolvedModel['parameter']>[0]) => model.parameter(name) === 'supported';
  if (supported('temperature')) parts.temperature = number(0, 2);
  if (supported('frequency_penalty')) parts.frequency_penalty = number(-2, 2);
  if (supported('presence_penalty')) parts.presence_penalty = number(-2, 2);
  if (supported('stop')) parts.stop = fc.oneof(sentence, fc.array(sentence, { minLength: 1, maxLength: 4 }));
  if (model.reasoning?.efforts) parts.reasoning_effort = fc.constantFrom(...model.reasoning.efforts);
  // Within the model's output limit where the registry knows it (models/no-output-tokens-over-limit).
  parts.max_completion_tokens = fc.integer({ min: 1, max: Math.min(100_000, model.limits?.maxOutputTokens ?? 100_000) });
  parts.safety_identifier = fc.stringMatching(/^[a-z0-9]{1,32}$/);
  parts.prompt_cache_key = identifier;
  parts.store = fc.boolean();
  return fc.record(parts, { requiredKeys: [] });
}

export interface GeneratedRequest {
  request: Record<string, unknown>;
  model: ResolvedModel;
}

/** A request the API accepts, for one of `SAMPLE_MODELS` (or the given ones). */
export function validChatRequest(models: readonly string[] = SAMPLE_MODELS): fc.Arbitrary<GeneratedRequest> {
  return fc.constantFrom(...models).chain((id) => {
    const model = modelFor(id);
    const tools =
      model.supports('functionCalling') === true
        ? fc.option(
            fc.oneof(
              fc.array(functionTool(false), { minLength: 1, maxLength: 3 }),
              fc.array(functionTool(true), { minLength: 1, maxLength: 2 }),
            ),
            { nil: undefined },
          )
        : fc.constant(undefined);
    const stream = fc.option(
      fc.record({ stream: fc.constant(true), stream_options: fc.option(fc.record({ include_usage: fc.boolean() }), { nil: undefined }) }),
      { nil: undefined },
    );
    const callIds = fc.option(fc.uniqueArray(fc.stringMatching(/^call_[A-Za-z0-9]{6}$/), { minLength: 1, maxLength: 3 }), {
      nil: undefined,
    });
    return fc
      .record({
        messages: messagesFor(model),
        extra: optionalParameters(model),
        tools,
        stream,
        toolChoice: fc.constantFrom('auto', 'required', 'none'),
        callIds,
      })
      .map(({ messages, extra, tools, stream, toolChoice, callIds }) => {
        const request: Record<string, unknown> = { model: id, messages, ...extra };
        if (tools !== undefined) {
          request.tools = uniqueToolNames(tools);
          // A finished tool round in the history: the calls, then one answer per call, as the API requires.
          if (callIds !== undefined)
            request.messages = [
              ...messages.slice(0, -1),
              ...toolRound(callIds, (request.tools as Array<{ function: { name: string } }>)[0]!.function.name),
              messages[messages.length - 1]!,
            ];
          request.tool_choice = toolChoice;
          // Strict tools with parallel calls may break strict adherence (issue: parallel_tool_calls).
          if (model.supports('parallelToolCalls') === true) request.parallel_tool_calls = false;
          // Some models take function tools on Chat Completions only without reasoning (api-facts §1.3).
          if (model.supports('functionToolsWithReasoningOnChat') === false) request.reasoning_effort = 'none';
        }
        if (stream !== undefined && model.supports('streaming') === true) {
          request.stream = true;
          if (stream.stream_options !== undefined) request.stream_options = stream.stream_options;
        }
        return { request, model };
      });
  });
}

function toolRound(ids: readonly string[], name: string): Array<Record<string, unknown>> {
  return [
    { role: 'assistant', content: null, tool_calls: ids.map((id) => ({ id, type: 'function', function: { name, arguments: '{}' } })) },
    ...[...ids].reverse().map((id) => ({ role: 'tool', tool_call_id: id, content: 'done' })),
  ];
}

function uniqueToolNames(tools: Array<{ type: string; function: { name: string } }>) {
  return tools.map((tool, index) => ({ ...tool, function: { ...tool.function, name: `${tool.function.name}_${index}` } }));
}
