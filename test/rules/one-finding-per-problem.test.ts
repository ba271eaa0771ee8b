import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/engine/fix/json-patch.js';
import { lint } from '../../src/engine/lint.js';

/**
 * Where two rules could describe the same mistake at the same key, the user must see one finding:
 * the one whose advice works for this request.
 */
const messages = [{ role: 'user', content: 'hi' }];
const at = (body: object, path: string) =>
  lint(body, { preset: 'all' })
    .diagnostics.filter((d) => d.path === path)
    .map((d) => d.ruleId);

describe('one finding per problem', () => {
  it('parallel_tool_calls without tools on a model that rejects the parameter', () => {
    expect(at({ model: 'o3', messages, parallel_tool_calls: false }, '/parallel_tool_calls')).toEqual([
      'models/no-unsupported-parallel-tool-calls',
    ]);
  });

  it('prompt_cache_retention "in_memory" on a model that accepts only "24h"', () => {
    expect(at({ model: 'gpt-5.6', messages, prompt_cache_retention: 'in_memory' }, '/prompt_cache_retention')).toEqual([
      'models/no-in-memory-prompt-cache-retention',
    ]);
  });

  it('audio modality without audio options on a model that cannot speak', () => {
    expect(at({ model: 'gpt-4o', messages, modalities: ['text', 'audio'] }, '/modalities/1')).toEqual([
      'audio/no-audio-output-on-unsupported-model',
    ]);
  });

  it('a oneOf at the root of a strict schema', () => {
    const schema = { oneOf: [{ type: 'object', properties: {}, required: [], additionalProperties: false }] };
    const body = { model: 'gpt-4o', messages, response_format: { type: 'json_schema', json_schema: { name: 'r', strict: true, schema } } };
    expect(at(body, '/response_format/json_schema/schema/oneOf')).toEqual(['structured-outputs/root-must-be-object']);
  });

  it('an unsupported format value on a fine-tuned model', () => {
    const schema = { type: 'object', properties: { u: { type: 'string', format: 'uri' } }, required: ['u'], additionalProperties: false };
    const body = {
      model: 'ft:gpt-4o-2024-08-06:acme::x1',
      messages,
      response_format: { type: 'json_schema', json_schema: { name: 'r', strict: true, schema } },
    };
    expect(at(body, '/response_format/json_schema/schema/properties/u/format')).toEqual(['structured-outputs/no-unsupported-keywords']);
  });
});

describe('suggestions apply', () => {
  it('setting reasoning.effort on a Responses body that has no reasoning object', () => {
    const body = { model: 'gpt-5.6', input: 'hi', temperature: 0.5 };
    const [finding] = lint(body, { api: 'responses' }).diagnostics.filter(
      (d) => d.ruleId === 'sampling/no-unsupported-sampling-parameters',
    );
    const setNone = finding!.suggestions!.find((s) => s.message.includes('"none"'))!;
    const fixed = applyPatch(body, setNone.fix);
    expect(fixed).toEqual({ model: 'gpt-5.6', input: 'hi', temperature: 0.5, reasoning: { effort: 'none' } });
    expect(lint(fixed, { api: 'responses' }).diagnostics.filter((d) => d.ruleId === 'sampling/no-unsupported-sampling-parameters')).toEqual(
      [],
    );
  });
});
