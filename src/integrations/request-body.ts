/**
 * Reads a request's body for linting without taking it from the client: a string, bytes, a Blob or
 * a FormData can be read any number of times; a `Request` is read through a clone. A one-shot stream
 * (a `ReadableStream` or async iterable) can only be read once, so its bytes are kept and sent in its
 * place: the same bytes, so what goes over the wire is unchanged.
 */
export interface ReadBody {
  /** The body as text, for a JSON request. */
  text?: string;
  /** The parsed multipart body, for a file upload. */
  form?: FormData;
  /** The bytes of a one-shot stream this function had to read: send these instead of the stream. */
  replacement?: Uint8Array;
}

const decoder = new TextDecoder();

export function contentTypeOf(input: string | URL | Request, init: RequestInit | undefined): string {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  return headers.get('content-type') ?? '';
}

/** `undefined` when the body cannot be read without harm (a used or locked stream) or is absent. */
export async function readBody(
  input: string | URL | Request,
  init: RequestInit | undefined,
  contentType: string,
): Promise<ReadBody | undefined> {
  const multipart = contentType.toLowerCase().startsWith('multipart/form-data');
  const body = init?.body;
  if (body === undefined || body === null) {
    if (!(input instanceof Request) || input.body === null || input.bodyUsed) return undefined;
    const copy = input.clone();
    return multipart ? { form: await copy.formData() } : { text: await copy.text() };
  }
  if (typeof body === 'string') return multipart ? { form: await formFrom(body, contentType) } : { text: body };
  if (body instanceof FormData) return { form: body };
  if (body instanceof URLSearchParams) return undefined;
  if (body instanceof Blob) return multipart ? { form: await formFrom(body, contentType) } : { text: await body.text() };
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return multipart ? { form: await formFrom(bytes, contentType) } : { text: decoder.decode(bytes) };
  }
  const bytes = await readOnce(body);
  if (bytes === undefined) return undefined;
  return multipart ? { form: await formFrom(bytes, contentType), replacement: bytes } : { text: decoder.decode(bytes), replacement: bytes };
}

async function formFrom(body: string | Blob | Uint8Array, contentType: string): Promise<FormData> {
  return new Response(body, { headers: { 'content-type': contentType } }).formData();
}

/** Reads a stream or async iterable to its end; `undefined` when someone else already holds it. */
async function readOnce(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof ReadableStream) {
    if (body.locked) return undefined;
    return new Uint8Array(await new Response(body).arrayBuffer());
  }
  if (body !== null && typeof body === 'object' && Symbol.asyncIterator in body) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<unknown>)
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
    return concat(chunks);
  }
  return undefined;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
