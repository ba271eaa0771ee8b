import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { langchainDialect } from '../../src/dialects/langchain/adapter.js';
import { mapLangChainOptions, STREAM_USAGE } from '../../src/dialects/langchain/to-wire.js';
import { chatCompletionsDialect } from '../../src/dialects/chat-completions/adapter.js';
import { validate } from '../../src/engine/validate/validator.js';

const wire = (options: Record<string, unknown>) => langchainDialect.toWire(options);
const found = (options: Record<string, unknown>) => lint(options, { api: 'langchain' }).diagnostics.map((d) => `${d.ruleId} ${d.path}`);

describe('LangChain options → wire request', () => {
  it('takes AzureChatOpenAI fields as client settings: told as LangChain, never sent, never a finding', () => {
    const azure = {
      model: 'gpt-4.1',
      temperature: 0.2,
      azureOpenAIApiKey: 'key',
      azureOpenAIApiInstanceName: 'contoso',
      azureOpenAIApiDeploymentName: 'gpt41-prod',
      azureOpenAIApiVersion: '2025-04-01-preview',
      azureADTokenProvider: {},
    };
    expect(wire(azure).request).toEqual({ model: 'gpt-4.1', temperature: 0.2 });
    expect(lint(azure)).toMatchObject({ api: 'langchain', diagnostics: [] });
    expect(lint({ deploymentName: 'gpt41-prod', model: 'gpt-4.1' }).api).toBe('langchain');
  });

  it('sends `maxTokens` as max_completion_tokens to reasoning models and max_tokens to others, mapped back to `/maxTokens`', () => {
    const reasoning = wire({ model: 'o3', maxTokens: 100 });
    expect(reasoning.api).toBe('chat.completions');
    expect(reasoning.request).toEqual({ model: 'o3', max_completion_tokens: 100 });
    expect(reasoning.toUserPointer('/max_completion_tokens')).toBe('/maxTokens');
    expect(wire({ model: 'gpt-4o', maxTokens: 100 }).request).toEqual({ model: 'gpt-4o', max_tokens: 100 });
    expect(wire({ model: 'gpt-4o', maxTokens: -1 }).request).toEqual({ model: 'gpt-4o' });
  });

  it('adds stream_options.include_usage when streaming (streamUsage defaults on), pointing at `/streaming`', () => {
    const mapped = wire({ model: 'gpt-4o', streaming: true });
    expect(mapped.request).toEqual({ model: 'gpt-4o', stream: true, stream_options: { include_usage: true } });
    expect(mapped.toUserPointer('/stream_options/include_usage')).toBe('/streaming');
    expect(wire({ model: 'gpt-4o', streaming: true, streamUsage: false }).request).toEqual({ model: 'gpt-4o', stream: true });
  });

  it.each([
    [{ useResponsesApi: true }, '/useResponsesApi'],
    [{ tools: [{ type: 'web_search' }] }, '/tools/0'],
    [{ tools: [{ type: 'custom', name: 'sql' }] }, '/tools/0'],
    [{ previous_response_id: 'resp_1' }, '/previous_response_id'],
    [{ include: ['reasoning.encrypted_content'] }, '/include'],
    [{ reasoning: { summary: 'auto' } }, '/reasoning/summary'],
  ])('switches to the Responses API for %j and says why at %s', (extra, path) => {
    const options = { model: 'gpt-5', ...extra };
    expect(wire(options).api).toBe('responses');
    const info = lint(options, { api: 'langchain' }).diagnostics.filter((d) => d.ruleId === 'langchain/uses-responses-api');
    expect(info.map((d) => [d.severity, d.path])).toEqual([['info', path]]);
  });

  it('stays on Chat Completions for reasoning.effort alone, and uses Responses for models LangChain prefers there', () => {
    expect(wire({ model: 'gpt-5', reasoning: { effort: 'low' } }).api).toBe('chat.completions');
    expect(wire({ model: 'gpt-5.1-codex' }).api).toBe('responses');
  });

  it('flattens function tools for Responses and maps their pointers back to the Chat shape the user wrote', () => {
    // `text: {}` too: `ChatOpenAIResponses.invocationParams` (1.6.0) sends it when neither format nor verbosity is set.
    const mapped = wire({
      model: 'gpt-5',
      useResponsesApi: true,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      tool_choice: 'f',
      maxTokens: 300,
    });
    expect(mapped.request).toEqual({
      model: 'gpt-5',
      max_output_tokens: 300,
      tools: [{ type: 'function', name: 'f', parameters: { type: 'object' }, strict: null }],
      tool_choice: { type: 'function', name: 'f' },
      text: {},
    });
    expect(mapped.toUserPointer('/tools/0/parameters/properties')).toBe('/tools/0/function/parameters/properties');
    expect(mapped.toUserPointer('/tools/0/strict')).toBeUndefined();
    expect(mapped.toUserPointer('/max_output_tokens')).toBe('/maxTokens');
  });

  it('sends no tool_choice key when none is set, so no fix removes one the user never wrote', () => {
    const tools = [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }];
    expect(Object.keys(wire({ model: 'gpt-4o', tools }).request)).toEqual(['model', 'tools']);
    const [finding] = lint({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' }, tools }, { api: 'langchain' }).diagnostics;
    expect(finding?.ruleId).toBe('prediction/no-incompatible-parameters');
    expect(finding?.suggestions?.[0]?.fix).toEqual([{ op: 'remove', path: '/tools' }]);
  });

  it('maps a reasoningEffort merged under reasoning back to `/reasoningEffort`, the key the user wrote', () => {
    for (const route of [{}, { useResponsesApi: true }]) {
      const options = { model: 'o3', reasoning: {}, reasoningEffort: 'minimal', ...route };
      const effort = lint(options, { api: 'langchain' }).diagnostics.filter((d) => d.ruleId === 'reasoning/valid-reasoning-effort');
      expect(effort.map((d) => d.path)).toEqual(['/reasoningEffort']);
      const bad = lint({ ...options, reasoningEffort: 'extreme' }, { api: 'langchain' }).diagnostics.filter((d) =>
        d.ruleId.startsWith('schema/'),
      );
      expect(bad.map((d) => [d.ruleId, d.path])).toEqual([['schema/enum', '/reasoningEffort']]);
    }
  });

  it('lets modelKwargs override, mapped to `/modelKwargs/...`', () => {
    const mapped = wire({ model: 'gpt-4o', temperature: 0.3, modelKwargs: { temperature: 0.9, seed: 3 } });
    expect(mapped.request).toEqual({ model: 'gpt-4o', temperature: 0.9, seed: 3 });
    expect(mapped.toUserPointer('/temperature')).toBe('/modelKwargs/temperature');
  });
});

describe('LangChain diagnostics', () => {
  it('warns that reasoning options are dropped for a model LangChain does not treat as reasoning', () => {
    expect(found({ model: 'gpt-4o', reasoningEffort: 'high' })).toEqual(['langchain/no-dropped-options /reasoningEffort']);
    expect(found({ model: 'gpt-4o', reasoning: { effort: 'high' } })).toEqual(['langchain/no-dropped-options /reasoning']);
  });

  it('warns about `reasoningEffort` in every case, since the constructor drops it (ground truth: test/langchain/differential.test.ts)', () => {
    const lintOf = (options: object) => lint(options, { api: 'langchain' }).diagnostics.filter((d) => d.path === '/reasoningEffort');
    // A reasoning model, with and without a `reasoning` object to move it into.
    expect(lintOf({ model: 'o3', reasoningEffort: 'low' }).map((d) => d.suggestions?.map((x) => x.fix))).toEqual([
      [
        [
          { op: 'remove', path: '/reasoningEffort' },
          { op: 'add', path: '/reasoning', value: { effort: 'low' } },
        ],
      ],
    ]);
    expect(
      lintOf({ model: 'o3', reasoning: { summary: 'auto' }, reasoningEffort: 'low' }).map((d) => d.suggestions?.map((x) => x.fix)),
    ).toEqual([
      [
        [
          { op: 'remove', path: '/reasoningEffort' },
          { op: 'add', path: '/reasoning/effort', value: 'low' },
        ],
      ],
    ]);
    // Without a model the constructor still drops it.
    expect(found({ reasoningEffort: 'low' })).toEqual(['langchain/no-dropped-options /reasoningEffort']);
    // `reasoning.effort` wins wherever either is written.
    const shadowed = lintOf({ model: 'o3', reasoning: { effort: 'high' }, reasoningEffort: 'low' });
    expect(shadowed.map((d) => d.message)).toEqual([
      'LangChain drops `reasoningEffort` without a word when `reasoning.effort` is set, which wins; remove it.',
    ]);
    expect(wire({ model: 'o3', reasoning: { effort: 'high' }, reasoningEffort: 'low' }).request.reasoning_effort).toBe('high');
  });

  it('judges `reasoningEffort` as a call option when `langchainCallOptions` says it was written in a call', () => {
    const atEffort = (options: object, callOptions?: string[]) =>
      lint(options, { api: 'langchain', ...(callOptions && { langchainCallOptions: callOptions }) })
        .diagnostics.filter((d) => d.path === '/reasoningEffort')
        .map((d) => d.message);
    // `invoke(input, { reasoningEffort })` on a reasoning model: `_getReasoningParams(options)` sends it.
    expect(atEffort({ model: 'o3', reasoningEffort: 'high' }, ['reasoningEffort'])).toEqual([]);
    expect(atEffort({ model: 'gpt-5', reasoningEffort: 'low', temperature: 1 }, ['temperature', 'reasoningEffort'])).toEqual([]);
    // Not a reasoning model to LangChain: dropped from the call too, and said without the constructor.
    expect(atEffort({ model: 'gpt-4o', reasoningEffort: 'high' }, ['reasoningEffort'])).toEqual([
      'LangChain drops `reasoningEffort` without a word because it does not treat `gpt-4o` as a reasoning model; remove it, or use a reasoning model.',
    ]);
    expect(atEffort({ model: 'o3', reasoning: { effort: 'low' }, reasoningEffort: 'high' }, ['reasoningEffort'])).toEqual([
      'LangChain drops `reasoningEffort` without a word when `reasoning.effort` is set, which wins; remove it.',
    ]);
    // Other keys said to be call options leave the unknown place of `reasoningEffort` unknown.
    expect(atEffort({ model: 'o3', reasoningEffort: 'high' }, ['model'])).toEqual([
      'LangChain reads the deprecated `reasoningEffort` only as a call option and drops it without a word as a `ChatOpenAI` constructor field; write `reasoning: { effort: "high" }`, which it reads in both places.',
    ]);
    // The request is the same: only the judgement of the place changes.
    expect(lint({ model: 'o3', reasoningEffort: 'high' }, { api: 'langchain', langchainCallOptions: ['reasoningEffort'] }).api).toBe(
      'langchain',
    );
  });

  it('ignores `langchainCallOptions` for the wire APIs, and throws ConfigError for a value that is not a list of names', () => {
    const body = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' };
    expect(lint(body, { langchainCallOptions: ['tool_choice'] })).toEqual(lint(body));
    for (const bad of ['reasoningEffort', [1], null, { reasoningEffort: true }])
      expect(() => lint({ model: 'o3' }, { api: 'langchain', langchainCallOptions: bad as never })).toThrow(
        expect.objectContaining({
          name: 'ConfigError',
          message: expect.stringMatching(/^`langchainCallOptions` must be an array of option names/),
        }),
      );
  });

  it('warns that a tool_choice mode never reaches the Responses API, except the default auto', () => {
    const tools = [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }];
    expect(found({ model: 'gpt-5', useResponsesApi: true, tools, tool_choice: 'required' })).toContain(
      'langchain/no-dropped-options /tool_choice',
    );
    expect(found({ model: 'gpt-5', useResponsesApi: true, tools, tool_choice: 'auto' })).not.toContain(
      'langchain/no-dropped-options /tool_choice',
    );
    expect(wire({ model: 'gpt-5', useResponsesApi: true, tools, tool_choice: 'none' }).request.tool_choice).toBeUndefined();
    // On Chat Completions LangChain sends `any` as `required`.
    expect(wire({ model: 'gpt-4o', tools, tool_choice: 'any' }).request.tool_choice).toBe('required');
  });

  it('warns about modelKwargs keys LangChain writes over on Chat Completions', () => {
    expect(found({ model: 'gpt-4o', modelKwargs: { verbosity: 'low', max_tokens: 10 } })).toEqual([
      'langchain/no-dropped-options /modelKwargs/verbosity',
      'langchain/no-dropped-options /modelKwargs/max_tokens',
    ]);
    // An option LangChain writes after modelKwargs wins over the same key there.
    expect(wire({ model: 'gpt-4o', promptCacheKey: 'a', modelKwargs: { prompt_cache_key: 'b' } }).request.prompt_cache_key).toBe('a');
  });

  it('warns about Chat-only options dropped on the Responses API', () => {
    const diagnostics = found({ model: 'gpt-5', useResponsesApi: true, frequencyPenalty: 0.5, seed: 1, stopSequences: ['END'] });
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        'langchain/no-dropped-options /frequencyPenalty',
        'langchain/no-dropped-options /seed',
        'langchain/no-dropped-options /stopSequences',
      ]),
    );
  });

  it('reports rules at the user key with the user key in the message', () => {
    const [d] = lint({ model: 'o1', topP: 0.5 }, { api: 'langchain' }).diagnostics.filter(
      (x) => x.ruleId === 'sampling/no-unsupported-sampling-parameters',
    );
    expect(d?.path).toBe('/topP');
    expect(d?.message).toContain('`topP`');
    expect(d?.message).not.toContain('top_p');
    expect(d?.fix).toEqual([{ op: 'remove', path: '/topP' }]);
  });

  it('validates option values against the wire schemas, with a did-you-mean for misspelt options', () => {
    expect(found({ model: 'gpt-4o', maxToken: 5 })).toEqual(['schema/unknown-property /maxToken']);
    expect(found({ model: 'gpt-4o', temperature: 3 })).toEqual(['schema/range /temperature']);
  });
});

describe('the request LangChain would send is checked against its wire API too', () => {
  it('catches a limit that only exists on the route LangChain picks, at the user key', () => {
    const findings = lint({ model: 'gpt-5', useResponsesApi: true, maxTokens: 8 }, { api: 'langchain' }).diagnostics.filter((d) =>
      d.ruleId.startsWith('schema/'),
    );
    expect(findings.map((d) => [d.ruleId, d.path, d.message])).toEqual([
      ['schema/range', '/maxTokens', '`maxTokens` is sent as `max_output_tokens`, and `max_output_tokens` must be at least 16; got 8.'],
    ]);
  });

  it('checks modelKwargs, which LangChain passes through unchecked', () => {
    const findings = lint(
      { model: 'gpt-4.1', modelKwargs: { temperature: 'hot', tempreature: 1 } },
      { api: 'langchain' },
    ).diagnostics.filter((d) => d.ruleId.startsWith('schema/'));
    expect(findings.map((d) => [d.ruleId, d.path]).sort()).toEqual([
      ['schema/type', '/modelKwargs/temperature'],
      ['schema/unknown-property', '/modelKwargs/tempreature'],
    ]);
  });

  it('does not ask options for the conversation, nor repeat what the options schema found', () => {
    expect(lint({ model: 'gpt-4.1', temperature: 5 }, { api: 'langchain' }).diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ['schema/range', '/temperature'],
    ]);
    expect(lint({ model: 'gpt-4.1', temperature: 0.2 }, { api: 'langchain' }).diagnostics).toEqual([]);
  });
});

describe('values LangChain makes up', () => {
  it('a streamed call gets a `stream_options` value the wire schema accepts', () => {
    const request = mapLangChainOptions({ model: 'gpt-4o', streaming: true }).request;
    expect(request.stream_options).toEqual(STREAM_USAGE);
    expect(
      validate(chatCompletionsDialect.schema, { ...request, messages: [{ role: 'user', content: 'Hi' }] }, 'chat.completions'),
    ).toEqual([]);
  });
});
