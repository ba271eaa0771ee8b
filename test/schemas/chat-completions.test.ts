/**
 * The Chat Completions schemas: they compile under the engine's strict ajv settings, follow the
 * house rules (vocabulary both ajv and json-schema-to-ts understand, closed objects, discriminated
 * unions, hover descriptions), and accept or reject representative requests.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../schemas/index.js';
import { chatCompletionRequestSchema } from '../../schemas/index.js';
import { jsonSchemaFiles } from '../../src/generate/json-schemas.js';
import { createSchemaAjv, schemaAjvOptions } from './create-ajv.js';
import { isSchemaObject, walkSchema } from './schema-walk.js';

/** Every exported constant that is a schema (objects with a JSON Schema keyword at the top). */
const exportedSchemas = Object.entries(schemas).filter(
  ([, value]) => isSchemaObject(value) && ['type', 'anyOf', 'oneOf', 'const', 'enum'].some((k) => k in value),
);

const ajv = createSchemaAjv();
const validateRequest = ajv.compile(chatCompletionRequestSchema);

function errorsFor(body: unknown): Array<{ instancePath: string; keyword: string }> {
  return validateRequest(body) ? [] : (validateRequest.errors ?? []).map(({ instancePath, keyword }) => ({ instancePath, keyword }));
}

const user = { role: 'user', content: 'Hello' } as const;

describe('Chat Completions schemas under the engine ajv settings', () => {
  it('finds the exported schemas', () => {
    expect(exportedSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'chatCompletionRequestSchema',
        'chatMessageSchema',
        'chatToolSchema',
        'chatResponseFormatSchema',
        'chatToolChoiceSchema',
      ]),
    );
  });

  it.each(exportedSchemas)('%s compiles in strict mode', (_name, schema) => {
    expect(() => createSchemaAjv().compile(schema as object)).not.toThrow();
  });

  it.each(jsonSchemaFiles().map((f) => [f.path, f.content] as const))('the editor copy %s compiles too', (_path, content) => {
    const document = JSON.parse(content) as Record<string, unknown>;
    expect(document['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(document['$id']).toMatch(/^https:\/\/.+\.schema\.json$/);
    expect(() => createSchemaAjv().compile(document)).not.toThrow();
  });

  it('needs no addVocabulary for `deprecated`: ajv 8 defines it, and adding it again throws', () => {
    const fresh = new Ajv({ ...schemaAjvOptions });
    expect(() => fresh.addVocabulary(['deprecated'])).toThrow(/already defined/);
    expect(() => fresh.compile({ type: 'string', deprecated: true })).not.toThrow();
  });
});

describe('house rules on every node of the request schema', () => {
  const nodes = [...walkSchema(chatCompletionRequestSchema)];
  const forbidden = [
    '$ref',
    '$defs',
    'definitions',
    'prefixItems',
    'if',
    'then',
    'else',
    'unevaluatedProperties',
    'unevaluatedItems',
    'nullable',
  ];

  it('uses only vocabulary that ajv (draft-07) and json-schema-to-ts both understand', () => {
    const offending = nodes.flatMap(({ pointer, node }) => forbidden.filter((k) => k in node).map((k) => `${pointer}: ${k}`));
    expect(offending).toEqual([]);
  });

  it('closes every object that declares properties', () => {
    const open = nodes.filter(({ node }) => 'properties' in node && node['additionalProperties'] !== false).map((v) => v.pointer);
    expect(open).toEqual([]);
  });

  it('tags every oneOf with a discriminator whose value each branch fixes and requires', () => {
    const problems: string[] = [];
    for (const { pointer, node } of nodes) {
      if (!Array.isArray(node['oneOf'])) continue;
      const discriminator = node['discriminator'];
      const tag = isSchemaObject(discriminator) ? discriminator['propertyName'] : undefined;
      if (typeof tag !== 'string') {
        problems.push(`${pointer}: oneOf without discriminator`);
        continue;
      }
      for (const [i, branch] of (node['oneOf'] as unknown[]).entries()) {
        const props = isSchemaObject(branch) ? branch['properties'] : undefined;
        const tagSchema = isSchemaObject(props) ? props[tag] : undefined;
        const required = isSchemaObject(branch) && Array.isArray(branch['required']) ? branch['required'] : [];
        if (!isSchemaObject(tagSchema) || !('const' in tagSchema || 'enum' in tagSchema))
          problems.push(`${pointer}/oneOf/${i}: no fixed ${tag}`);
        if (!required.includes(tag)) problems.push(`${pointer}/oneOf/${i}: ${tag} not required`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every property a one-sentence description for editor hovers', () => {
    const missing = nodes
      .filter(({ propertyName, node }) => propertyName !== undefined && typeof node['description'] !== 'string')
      .map((v) => v.pointer);
    expect(missing).toEqual([]);
    const tooLong = nodes
      .filter(
        ({ node }) =>
          typeof node['description'] === 'string' &&
          ((node['description'] as string).length > 160 || (node['description'] as string).includes('\n')),
      )
      .map((v) => v.pointer);
    expect(tooLong).toEqual([]);
  });
});

describe('the request schema accepts valid requests', () => {
  it.each([
    ['a minimal request', { model: 'gpt-4o', messages: [user] }],
    [
      'a conversation with every role and part type',
      {
        model: 'gpt-4o-audio-preview',
        messages: [
          { role: 'developer', content: [{ type: 'text', text: 'Be brief.', prompt_cache_breakpoint: { mode: 'explicit' } }] },
          { role: 'system', content: 'You are helpful.', name: 'sys' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is in this image?' },
              { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'low' } },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } },
              { type: 'file', file: { file_id: 'file-abc' } },
            ],
          },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
              { id: 'call_2', type: 'custom', custom: { name: 'sql', input: 'SELECT 1' } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '{"temp":21}' },
          { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: '1' }] },
          { role: 'assistant', content: [{ type: 'refusal', refusal: 'No.' }], audio: { id: 'audio_1' } },
          { role: 'function', name: 'legacy', content: null },
        ],
        modalities: ['text', 'audio'],
        audio: { voice: { id: 'voice_1234' }, format: 'pcm16' },
        stream: true,
        stream_options: { include_usage: true },
      },
    ],
    [
      'tools, tool choice and structured output',
      {
        model: 'gpt-4.1',
        messages: [user],
        tools: [
          { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} }, strict: true } },
          {
            type: 'custom',
            custom: { name: 'grammar_tool', format: { type: 'grammar', grammar: { syntax: 'lark', definition: 'start: "a"' } } },
          },
        ],
        tool_choice: {
          type: 'allowed_tools',
          allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'get_weather' } }] },
        },
        parallel_tool_calls: false,
        response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object' }, strict: null } },
      },
    ],
    [
      'every nullable option set to null',
      {
        model: 'o3',
        messages: [user],
        temperature: null,
        top_p: null,
        n: null,
        stop: null,
        seed: null,
        metadata: null,
        service_tier: null,
        reasoning_effort: null,
        verbosity: null,
        prediction: null,
        audio: null,
        modalities: null,
        moderation: null,
        stream_options: null,
        safety_identifier: null,
        prompt_cache_key: null,
        prompt_cache_retention: null,
        logit_bias: null,
      },
    ],
    [
      'legacy function calling and the remaining options',
      {
        model: 'gpt-3.5-turbo',
        messages: [user],
        functions: [{ name: 'f', parameters: { type: 'object' } }],
        function_call: { name: 'f' },
        stop: ['\n', 'END'],
        logit_bias: { '50256': -100 },
        metadata: { team: 'search' },
        store: true,
        prediction: { type: 'content', content: [{ type: 'text', text: 'draft' }] },
        web_search_options: { user_location: { type: 'approximate', approximate: { country: 'FR' } }, search_context_size: 'low' },
        moderation: { model: 'omni-moderation-latest', policy: { input: { mode: 'block' }, output: null } },
        prompt_cache_options: { ttl: '30m', mode: 'explicit' },
        service_tier: 'fast',
        max_tokens: 100,
        user: 'user-1',
      },
    ],
  ])('%s', (_name, body) => {
    expect(errorsFor(body)).toEqual([]);
  });
});

describe('the request schema rejects invalid requests at the right path', () => {
  it.each([
    ['an unknown top-level key', { model: 'm', messages: [user], temprature: 1 }, '', 'additionalProperties'],
    ['missing messages', { model: 'm' }, '', 'required'],
    ['empty messages', { model: 'm', messages: [] }, '/messages', 'minItems'],
    ['an unknown role', { model: 'm', messages: [{ role: 'robot', content: 'x' }] }, '/messages/0', 'discriminator'],
    ['a tool message without tool_call_id', { model: 'm', messages: [{ role: 'tool', content: 'x' }] }, '/messages/0', 'required'],
    ['temperature above 2', { model: 'm', messages: [user], temperature: 2.5 }, '/temperature', 'maximum'],
    ['top_logprobs above 20', { model: 'm', messages: [user], top_logprobs: 21 }, '/top_logprobs', 'maximum'],
    ['five stop sequences', { model: 'm', messages: [user], stop: ['a', 'b', 'c', 'd', 'e'] }, '/stop', 'maxItems'],
    ['an unknown service tier', { model: 'm', messages: [user], service_tier: 'turbo' }, '/service_tier', 'enum'],
    [
      'a function name with a space',
      { model: 'm', messages: [user], tools: [{ type: 'function', function: { name: 'get weather' } }] },
      '/tools/0/function/name',
      'pattern',
    ],
    [
      '129 tools',
      { model: 'm', messages: [user], tools: Array.from({ length: 129 }, (_, i) => ({ type: 'function', function: { name: `f${i}` } })) },
      '/tools',
      'maxItems',
    ],
    ['a tool choice mode typo', { model: 'm', messages: [user], tool_choice: 'any' }, '/tool_choice', 'enum'],
    [
      'an unknown response format',
      { model: 'm', messages: [user], response_format: { type: 'object' } },
      '/response_format',
      'discriminator',
    ],
    [
      'a json_schema format without name',
      { model: 'm', messages: [user], response_format: { type: 'json_schema', json_schema: { schema: {} } } },
      '/response_format/json_schema',
      'required',
    ],
    [
      'a refusal part in a user message',
      { model: 'm', messages: [{ role: 'user', content: [{ type: 'refusal', refusal: 'x' }] }] },
      '/messages/0/content/0',
      'discriminator',
    ],
    [
      'an image part in a system message',
      { model: 'm', messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'https://x.y/z.png' } }] }] },
      '/messages/0/content/0/type',
      'const',
    ],
    [
      'a 17th metadata key',
      { model: 'm', messages: [user], metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) },
      '/metadata',
      'maxProperties',
    ],
    ['a logit bias of 101', { model: 'm', messages: [user], logit_bias: { '1': 101 } }, '/logit_bias/1', 'maximum'],
    [
      'a 65-character safety identifier',
      { model: 'm', messages: [user], safety_identifier: 'x'.repeat(65) },
      '/safety_identifier',
      'maxLength',
    ],
    [
      'an unknown key inside a content part',
      { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'x', cache: true }] }] },
      '/messages/0/content/0',
      'additionalProperties',
    ],
  ])('%s', (_name, body, instancePath, keyword) => {
    expect(errorsFor(body)).toContainEqual({ instancePath, keyword });
  });
});
