import { mapLangChainOptions } from './dialects/langchain/to-wire.js';
import { isRecord } from './json-value.js';
import type { Api } from './types.js';

/** The client-library dialects whose options reqlint can turn into the request the library sends. */
export type ClientDialect = 'langchain';

export interface ToWireRequestOptions {
  api: ClientDialect;
}

/** The request a client library would send for some options, and the API it would send it to. */
export interface RebuiltRequest {
  api: Api;
  /** The body as it goes on the wire, without `messages` / `input` (they come with each call). */
  request: Record<string, unknown>;
}

/**
 * Rebuilds the request body a client library sends for these options, the one reqlint lints:
 * `toWireRequest({ model: 'o3', maxTokens: 500 }, { api: 'langchain' })` gives
 * `{ api: 'chat.completions', request: { model: 'o3', max_completion_tokens: 500 } }`. LangChain's
 * `ChatOpenAI` options are read as `@langchain/openai` 1.6.0 reads them (constructor fields and call
 * options in one object; see docs/langchain.md for the few cases where the place of an option is given matters).
 * The result is a copy, as JSON: undefined values are left out, as they are on the wire.
 */
export function toWireRequest(options: Readonly<Record<string, unknown>>, how: ToWireRequestOptions): RebuiltRequest {
  if (how?.api !== 'langchain')
    throw new TypeError(`toWireRequest: \`api\` must be 'langchain', the one client-library dialect; got ${JSON.stringify(how?.api)}.`);
  if (!isRecord(options))
    throw new TypeError(
      `toWireRequest: the options must be an object, not ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}.`,
    );
  const mapping = mapLangChainOptions(options as Record<string, unknown>);
  return { api: mapping.api, request: JSON.parse(JSON.stringify(mapping.request)) as Record<string, unknown> };
}
