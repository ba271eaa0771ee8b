/**
 * A stand-in for the network: records what each client sent and answers like the API would, so the
 * real SDKs run end to end offline.
 */
export interface SentRequest {
  url: string;
  method: string;
  /** The body exactly as it reached the network, as text (multipart bodies are rendered by Request). */
  body: string;
  contentType: string;
}

export interface FakeFetch {
  fetch: typeof globalThis.fetch;
  sent: SentRequest[];
}

type Answer = (url: string, body: string) => Response;

export function fakeFetch(answer: Answer = answerLikeTheApi): FakeFetch {
  const sent: SentRequest[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.body === null ? '' : await request.text();
    sent.push({ url: request.url, method: request.method, body, contentType: request.headers.get('content-type') ?? '' });
    return answer(request.url, body);
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

export function apiError(message: string, param: string | null = null, code: string | null = null): Answer {
  return () =>
    new Response(JSON.stringify({ error: { message, type: 'invalid_request_error', param, code } }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
}

const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });

/** Minimal valid answers for the endpoints the tests call: enough for each SDK to parse. */
export function answerLikeTheApi(url: string, body: string): Response {
  const request = body.startsWith('{') ? (JSON.parse(body) as { model?: string; stream?: boolean }) : {};
  if (url.endsWith('/files'))
    return json({ id: 'file-abc', object: 'file', bytes: 1, created_at: 1, filename: 'batch.jsonl', purpose: 'batch' });
  if (url.endsWith('/responses')) {
    return json({
      id: 'resp_1',
      object: 'response',
      created_at: 1,
      status: 'completed',
      model: request.model,
      output: [
        {
          type: 'message',
          id: 'msg_1',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'Hello', annotations: [] }],
        },
      ],
      usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 },
    });
  }
  if (request.stream) {
    const chunk = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    const text =
      chunk({ role: 'assistant', content: 'Hel' }, null) + chunk({ content: 'lo' }, null) + chunk({}, 'stop') + 'data: [DONE]\n\n';
    return new Response(text, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  }
  return json({
    id: 'c1',
    object: 'chat.completion',
    created: 1,
    model: request.model,
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello', refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

/** Resolves with the next value `onApiError` receives (the guard explains 400s after returning). */
export function nextCall<T extends unknown[]>(): { callback: (...args: T) => void; next: Promise<T> } {
  let resolve!: (args: T) => void;
  const next = new Promise<T>((r) => (resolve = r));
  return { callback: (...args: T) => resolve(args), next };
}
