import OpenAI, { AzureOpenAI, toFile, type ClientOptions } from 'openai';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ConfigError,
  RequestLintError,
  reqlintCallbackHandler,
  reqlintFetch,
  requestLintErrorOf,
  withReqlint,
  type ApiErrorExplanation,
  type ApiErrorContext,
  type GuardReport,
} from '../../src/index.js';
import { apiErrorsData } from '../../src/integrations/api-error-wordings.js';
import { apiError, fakeFetch, nextCall } from './fake-fetch.js';

const messages = [{ role: 'user' as const, content: 'Summarise the plot of Hamlet in two sentences.' }];

function client(fetch: typeof globalThis.fetch, options: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) {
  return new OpenAI({ apiKey: 'sk-test', fetch, maxRetries: 0, ...options });
}

describe('reqlintFetch under openai-node', () => {
  it('throws before anything is sent when `max_tokens` goes to o3, naming the rule, the key and the fix', async () => {
    const network = fakeFetch();
    const openai = client(reqlintFetch(network.fetch, { logger: false }));
    const call = openai.chat.completions.create({ model: 'o3', messages, max_tokens: 500 });
    const error = await call.catch((e: unknown) => e);
    // openai-node raises its own 400 error, at once (a failed fetch would be retried as a "Connection error").
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).message).toMatch(
      /^400 reqlint: The request would be rejected \(1 error\):\n {2}max_tokens: `max_tokens` is not supported by `o3`; rename it to `max_completion_tokens`/,
    );
    const lintError = requestLintErrorOf(error)!;
    expect(lintError).toBeInstanceOf(RequestLintError);
    expect(lintError.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([['reasoning/no-max-tokens-on-reasoning-model', '/max_tokens']]);
    expect(lintError.message).toContain('max_tokens');
    expect(lintError.message).toContain('rename it to `max_completion_tokens`');
    expect(lintError.message).toContain('[reasoning/no-max-tokens-on-reasoning-model]');
    expect(lintError.diagnostics[0]!.fix).toEqual([{ op: 'move', from: '/max_tokens', path: '/max_completion_tokens' }]);
    expect(network.sent).toEqual([]);
  });

  it('sends a good request with the body the client built, byte for byte', async () => {
    const plain = fakeFetch();
    const guarded = fakeFetch();
    const request = { model: 'gpt-4.1', messages, temperature: 0.3, max_completion_tokens: 200 };
    await client(plain.fetch).chat.completions.create(request);
    const reply = await client(reqlintFetch(guarded.fetch, { logger: false })).chat.completions.create(request);
    expect(reply.choices[0]!.message.content).toBe('Hello');
    expect(guarded.sent).toHaveLength(1);
    expect(guarded.sent[0]!.body).toBe(plain.sent[0]!.body);
    expect(JSON.parse(guarded.sent[0]!.body)).toEqual(request);
  });

  it('passes streamed calls through: the stream reaches the caller chunk by chunk', async () => {
    const network = fakeFetch();
    const openai = client(reqlintFetch(network.fetch, { logger: false }));
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('Hello');
    expect(JSON.parse(network.sent[0]!.body)).toMatchObject({ stream: true });
  });

  it('stops a streamed call with an error too', async () => {
    const network = fakeFetch();
    const openai = client(reqlintFetch(network.fetch, { logger: false }));
    await expect(openai.chat.completions.create({ model: 'o3', messages, stream: true, temperature: 0.2 })).rejects.toThrow(
      /sampling\/no-unsupported-sampling-parameters/,
    );
    expect(network.sent).toEqual([]);
  });

  it('lints Responses API calls as Responses bodies', async () => {
    const network = fakeFetch();
    const openai = client(reqlintFetch(network.fetch, { logger: false }));
    await expect(openai.responses.create({ model: 'gpt-5', input: 'Hi', verbosity: 'low' } as never)).rejects.toThrow(
      /responses\/no-chat-only-parameters|schema\/unknown-property/,
    );
    const ok = await openai.responses.create({ model: 'gpt-5', input: 'Hi', reasoning: { effort: 'low' } });
    expect(ok.output_text).toBe('Hello');
    expect(network.sent.map((s) => s.url)).toEqual(['https://api.openai.com/v1/responses']);
  });

  it('in warn mode sends the request and reports every finding', async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const openai = client(reqlintFetch(network.fetch, { mode: 'warn', onDiagnostics: (r) => reports.push(r) }));
    await openai.chat.completions.create({ model: 'o3', messages, max_tokens: 500 });
    expect(network.sent).toHaveLength(1);
    expect(JSON.parse(network.sent[0]!.body)).toHaveProperty('max_tokens', 500);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      target: 'POST https://api.openai.com/v1/chat/completions',
      api: 'chat.completions',
      sent: true,
      fixed: [],
    });
    expect(reports[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
  });

  it('writes to the logger when no callback is given, and `off` lints nothing', async () => {
    const warnings: string[] = [];
    const network = fakeFetch();
    await client(reqlintFetch(network.fetch, { mode: 'warn', logger: { warn: (m) => warnings.push(m) } })).chat.completions.create({
      model: 'o3',
      messages,
      max_tokens: 5,
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/max_tokens.*reasoning\/no-max-tokens-on-reasoning-model/);
    // In throw mode a stopped request is not logged (its error says it all); a sent one's warnings are.
    const thrown: string[] = [];
    const guarded = client(reqlintFetch(network.fetch, { logger: { warn: (m) => thrown.push(m) } }));
    await guarded.chat.completions.create({ model: 'o3', messages, max_tokens: 5 }).catch(() => undefined);
    expect(thrown).toEqual([]);
    await guarded.chat.completions.create({ model: 'gpt-4o', messages, seed: 7 });
    expect(thrown).toHaveLength(1);
    expect(thrown[0]).toMatch(/seed.*\[deprecated\/no-seed\]/);
    const reports: GuardReport[] = [];
    await client(reqlintFetch(network.fetch, { mode: 'off', onDiagnostics: (r) => reports.push(r) })).chat.completions.create({
      model: 'o3',
      messages,
      max_tokens: 5,
    });
    expect(reports).toEqual([]);
    expect(network.sent).toHaveLength(3);
  });

  it('with `fix: true` sends the fixed body and says what changed', async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const openai = client(reqlintFetch(network.fetch, { fix: true, onDiagnostics: (r) => reports.push(r) }));
    await openai.chat.completions.create({ model: 'o3', messages, max_tokens: 500 });
    expect(JSON.parse(network.sent[0]!.body)).toEqual({ model: 'o3', messages, max_completion_tokens: 500 });
    expect(reports[0]!.fixed.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
    expect(reports[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('lints each line of a Batch input file upload, and leaves other uploads alone', async () => {
    const good = JSON.stringify({ custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4o', messages } });
    const bad = JSON.stringify({
      custom_id: 'b',
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'o3', messages, max_tokens: 10 },
    });
    const network = fakeFetch();
    const openai = client(reqlintFetch(network.fetch, { logger: false }));
    const error = requestLintErrorOf(
      await openai.files
        .create({ file: await toFile(Buffer.from(`${good}\n${bad}\n`), 'batch.jsonl'), purpose: 'batch' })
        .catch((e: unknown) => e),
    )!;
    expect(error).toBeInstanceOf(RequestLintError);
    expect(error.diagnostics.map((d) => [d.line, d.ruleId, d.path])).toEqual([
      [2, 'reasoning/no-max-tokens-on-reasoning-model', '/body/max_tokens'],
    ]);
    expect(error.message).toContain('line 2 ');
    // openai-node probes FormData support with a `data:` URL first; only requests to the API count.
    const toApi = () => network.sent.filter((s) => s.url.startsWith('https:'));
    expect(toApi()).toEqual([]);

    await openai.files.create({ file: await toFile(Buffer.from(`${good}\n`), 'batch.jsonl'), purpose: 'batch' });
    await openai.files.create({ file: await toFile(Buffer.from(`${bad}\n`), 'notes.jsonl'), purpose: 'fine-tune' });
    expect(toApi()).toHaveLength(2);
    expect(toApi()[0]!.body).toContain(good);
  });

  it('sends a streamed multipart upload it read (and found no batch in) with the same bytes', async () => {
    const network = fakeFetch();
    const guarded = reqlintFetch(network.fetch, { logger: false, rejectWith: 'throw' });
    const form = new FormData();
    form.set('purpose', 'fine-tune');
    form.set('file', new Blob(['{"messages":[]}\n']), 'train.jsonl');
    const encoded = new Request('https://api.openai.com/v1/files', { method: 'POST', body: form });
    const bytes = await encoded.clone().text();
    await guarded('https://api.openai.com/v1/files', {
      method: 'POST',
      body: encoded.body,
      headers: { 'content-type': encoded.headers.get('content-type')! },
      duplex: 'half',
    } as RequestInit);
    expect(network.sent.map((s) => s.body)).toEqual([bytes]);
    // The same upload as a Batch file is linted line by line.
    const batch = new FormData();
    batch.set('purpose', 'batch');
    batch.set(
      'file',
      new Blob([
        '{"custom_id":"a","method":"GET","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}\n',
      ]),
      'batch.jsonl',
    );
    const batchRequest = new Request('https://api.openai.com/v1/files', { method: 'POST', body: batch });
    await expect(guarded(batchRequest)).rejects.toMatchObject({ diagnostics: [{ ruleId: 'batch/envelope', line: 1 }] });
  });

  it('lets requests to other endpoints and hosts through unread', async () => {
    const network = fakeFetch(
      () => new Response(JSON.stringify({ object: 'list', data: [] }), { headers: { 'content-type': 'application/json' } }),
    );
    const guarded = reqlintFetch(network.fetch, { logger: false });
    await guarded('https://example.com/v1/chat/completions', { method: 'POST', body: '{"model":"o3","max_tokens":1}' });
    await guarded('https://api.openai.com/v1/embeddings', { method: 'POST', body: '{"model":"text-embedding-3-small","input":"x"}' });
    await guarded('https://api.openai.com/v1/chat/completions/abc', { method: 'GET' });
    expect(network.sent).toHaveLength(3);
  });

  it('watches a compatible base URL when asked: an Azure deployment path names the model', async () => {
    const network = fakeFetch();
    const guarded = reqlintFetch(network.fetch, {
      logger: false,
      rejectWith: 'throw',
      baseURLs: ['https://acme.openai.azure.com/openai'],
      modelAliases: { 'prod-reasoner': 'o3' },
    });
    const url = 'https://acme.openai.azure.com/openai/deployments/prod-reasoner/chat/completions?api-version=2024-10-21';
    const error = await guarded(url, { method: 'POST', body: JSON.stringify({ messages, max_tokens: 10 }) }).catch((e: unknown) => e);
    expect((error as RequestLintError).diagnostics.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
    await guarded(url, { method: 'POST', body: JSON.stringify({ messages, max_completion_tokens: 10 }) });
    expect(network.sent).toHaveLength(1);
    expect(() => reqlintFetch(network.fetch, { baseURLs: ['acme.openai.azure.com'] })).toThrow(/not an absolute URL/);
  });

  it('reads Request objects, byte arrays and streams without taking the body from the client', async () => {
    const network = fakeFetch();
    const guarded = reqlintFetch(network.fetch, { logger: false, rejectWith: 'throw' });
    const bad = JSON.stringify({ model: 'o3', messages, max_tokens: 10 });
    const good = JSON.stringify({ model: 'gpt-4o', messages });
    const url = 'https://api.openai.com/v1/chat/completions';
    await expect(guarded(new Request(url, { method: 'POST', body: bad }))).rejects.toBeInstanceOf(RequestLintError);
    await expect(guarded(url, { method: 'POST', body: new TextEncoder().encode(bad) })).rejects.toBeInstanceOf(RequestLintError);
    const stream = (text: string) => new Blob([text]).stream();
    await expect(guarded(url, { method: 'POST', body: stream(bad), duplex: 'half' } as RequestInit)).rejects.toBeInstanceOf(
      RequestLintError,
    );
    await guarded(new Request(url, { method: 'POST', body: good }));
    await guarded(url, { method: 'POST', body: new TextEncoder().encode(good) });
    await guarded(url, { method: 'POST', body: stream(good), duplex: 'half' } as RequestInit);
    expect(network.sent.map((s) => s.body)).toEqual([good, good, good]);
  });

  it('explains a 400 in every mode: the rule that would have caught it, or that reqlint does not know it', async () => {
    for (const mode of ['throw', 'warn', 'off'] as const) {
      const { callback, next } = nextCall<[ApiErrorExplanation, ApiErrorContext]>();
      const network = fakeFetch(
        apiError(
          "Unsupported parameter: 'parallel_tool_calls' is not supported with this model.",
          'parallel_tool_calls',
          'unsupported_parameter',
        ),
      );
      // A model reqlint does not know, so the request passes the guard and the API answers.
      const openai = client(reqlintFetch(network.fetch, { mode, logger: false, onApiError: callback }));
      await expect(
        openai.chat.completions.create({
          model: 'acme-reasoner',
          messages,
          parallel_tool_calls: false,
          tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }],
        }),
      ).rejects.toThrow(/parallel_tool_calls/);
      const [explanation, context] = await next;
      expect(context).toMatchObject({ status: 400, api: 'chat.completions' });
      expect(explanation.known).toBe(true);
      expect(explanation.ruleIds).toEqual(['models/no-unsupported-parallel-tool-calls']);
      expect(explanation.requestChecked).toBe(true);
      expect(explanation.summary).toMatch(/does not flag this request.*`acme-reasoner`/);
    }
    const { callback, next } = nextCall<[ApiErrorExplanation, ApiErrorContext]>();
    const network = fakeFetch(apiError('The frobnicator is out of order.'));
    await client(reqlintFetch(network.fetch, { onApiError: callback }))
      .chat.completions.create({ model: 'gpt-4o', messages })
      .catch(() => undefined);
    const [unknown] = await next;
    expect(unknown.known).toBe(false);
    expect(unknown.summary).toMatch(/^reqlint does not know this error yet: "The frobnicator is out of order\."/);
  });
});

describe('the guard on a 400 reply', () => {
  it('explains every known wording with the rules that cover it', async () => {
    for (const entry of apiErrorsData.errors) {
      for (const example of entry.examples) {
        const { callback, next } = nextCall<[ApiErrorExplanation, ApiErrorContext]>();
        const guarded = reqlintFetch(fakeFetch(apiError(example)).fetch, { mode: 'off', onApiError: callback });
        const response = await guarded('https://api.openai.com/v1/chat/completions', {
          method: 'POST',
          body: JSON.stringify({ model: 'gpt-4o', messages }),
        });
        // The client still gets the API's answer, unread.
        expect(JSON.parse(await response.text())).toMatchObject({ error: { message: example } });
        const [explanation] = await next;
        expect(explanation.wording?.id, example).toBe(entry.id);
        expect(explanation.ruleIds).toEqual(entry.rules);
      }
    }
  });

  it('reports a bad option when the guard is made, not on the first request', () => {
    expect(() => reqlintFetch(undefined, { rules: { 'tools/no-such-rule': 'error' } })).toThrow(/Unknown rule "tools\/no-such-rule"/);
    const bad = (options: object) => {
      try {
        reqlintFetch(undefined, options);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    // As documented (pre-flight.md): a bad option throws a ConfigError naming it and its values.
    const loud = bad({ mode: 'loud' });
    expect(loud).toBeInstanceOf(ConfigError);
    expect(loud).toMatchObject({ key: 'mode', message: `reqlintFetch: \`mode\` must be one of 'throw', 'warn', 'off'; got "loud".` });
    expect(bad({ rejectWith: 'reject' })).toMatchObject({ name: 'ConfigError', key: 'rejectWith' });
    expect(bad({ fix: 'yes' })).toMatchObject({ name: 'ConfigError', key: 'fix' });
    expect(bad({ onApiError: 'log' })).toMatchObject({ name: 'ConfigError', key: 'onApiError' });
    expect(bad({ logger: true })).toMatchObject({ name: 'ConfigError', key: 'logger' });
    expect(bad({ mode: 'warn', logger: false, fix: true, rejectWith: 'throw' })).toBeUndefined();
  });

  it('checks the same options on LangChain guards and names the function the caller wrote', () => {
    expect(() => reqlintCallbackHandler({ mode: 'loud' as never })).toThrow(ConfigError);
    expect(() => withReqlint(new OpenAI({ apiKey: 'sk-test' }), { mode: 'loud' as never })).toThrow(/^withReqlint: `mode` must be one of/);
  });

  it('names what a bad option was even when neither JSON nor String() can print it', () => {
    const unprintable = Object.create(null) as Record<string, unknown>;
    unprintable['self'] = unprintable;
    expect(() => reqlintFetch(undefined, { mode: unprintable as never })).toThrow(
      /^reqlintFetch: `mode` must be one of .*; got \[object Object\]\.$/,
    );
  });

  it('keeps a throwing onApiError from becoming an unhandled rejection', async () => {
    const warnings: string[] = [];
    const guarded = reqlintFetch(fakeFetch(apiError("Unknown parameter: 'foo'.")).fetch, {
      logger: { warn: (m) => warnings.push(m) },
      onApiError: () => {
        throw new Error('boom');
      },
    });
    const response = await guarded('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o', messages }),
    });
    expect(response.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(warnings).toEqual(['reqlint: onApiError threw: boom']);
  });

  it('does not explain its own rejection as an API error', async () => {
    const explained: ApiErrorExplanation[] = [];
    const guarded = reqlintFetch(fakeFetch().fetch, { logger: false, onApiError: (e) => explained.push(e) });
    const response = await guarded('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'o3', messages, max_tokens: 1 }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-reqlint')).toBe('rejected');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(explained).toEqual([]);
  });
});

describe('withReqlint(openai client)', () => {
  it('keeps the client type and settings, guards the copy and leaves the original alone', async () => {
    const network = fakeFetch();
    const original = client(network.fetch, { baseURL: 'https://gateway.example.com/v1' });
    const guarded = withReqlint(original, { logger: false });
    expectTypeOf(guarded).toEqualTypeOf<OpenAI>();
    expect(guarded).toBeInstanceOf(OpenAI);
    expect(guarded.baseURL).toBe('https://gateway.example.com/v1');
    // The client's own base URL is watched, though it is not OpenAI's host.
    await expect(guarded.chat.completions.create({ model: 'o3', messages, max_tokens: 5 })).rejects.toThrow(
      /reasoning\/no-max-tokens-on-reasoning-model/,
    );
    expect(network.sent).toEqual([]);
    await original.chat.completions.create({ model: 'o3', messages, max_tokens: 5 });
    expect(network.sent).toHaveLength(1);
  });

  it('types (checked by tsc): an AzureOpenAI stays an AzureOpenAI, and the guard fits the fetch option', () => {
    const azure = new AzureOpenAI({ apiKey: 'k', endpoint: 'https://acme.openai.azure.com', apiVersion: '2024-10-21', deployment: 'prod' });
    const guarded = withReqlint(azure, { logger: false });
    expectTypeOf(guarded).toEqualTypeOf<AzureOpenAI>();
    expectTypeOf(reqlintFetch()).toExtend<NonNullable<ClientOptions['fetch']>>();
    expect(guarded).toBeInstanceOf(AzureOpenAI);
    expect(guarded).not.toBe(azure);
  });

  it('replaces a guard the client already has rather than stacking a second one', async () => {
    const network = fakeFetch();
    const reports: GuardReport[] = [];
    const already = client(reqlintFetch(network.fetch, { mode: 'warn', onDiagnostics: (r) => reports.push(r) }));
    const guarded = withReqlint(already, { mode: 'warn', onDiagnostics: (r) => reports.push(r) });
    await guarded.chat.completions.create({ model: 'gpt-4o', messages, seed: 1 });
    expect(reports).toHaveLength(1);
    expect(network.sent).toHaveLength(1);
  });

  it('refuses what it does not recognise, with what to do instead', () => {
    expect(() => withReqlint({ chat: {} })).toThrow(/reqlintFetch\(\)/);
  });
});
