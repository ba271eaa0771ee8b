import { chatCompletionsDialect } from './chat-completions/adapter.js';
import { responsesDialect } from './responses/adapter.js';
import type { Api } from '../types.js';

/** A schema derived from a dialect's, with the name its build-time validator is stored under. */
export interface NamedSchema {
  name: string;
  schema: object;
}

/**
 * Per wire API, the schema a request built from a client library's options is checked against (see
 * `lint.ts`): the API's own, without the keys it requires at the top (the conversation), which the
 * library passes at call time rather than in its options. Same checks otherwise; a valid options
 * object then costs no error objects for keys it can never hold. (The wire dialects are imported
 * directly: the dialect registry also holds LangChain's, which needs this module.)
 */
const MAPPED_REQUEST_SCHEMAS = new Map<Api, NamedSchema>(
  [chatCompletionsDialect, responsesDialect].map(({ id, schema: wire }): [Api, NamedSchema] => {
    const api = id as Api;
    const { required: conversation, ...schema } = wire as { required?: unknown };
    // A schema that requires nothing at the top is used as it is, with its own validator.
    return [api, conversation === undefined ? { name: api, schema: wire } : { name: `${api}.mapped`, schema }];
  }),
);

export function mappedRequestSchema(api: Api): NamedSchema | undefined {
  return MAPPED_REQUEST_SCHEMAS.get(api);
}

/** The ones with a schema of their own (to compile at build time). */
export function mappedRequestSchemas(): readonly NamedSchema[] {
  return [...MAPPED_REQUEST_SCHEMAS.values()].filter(({ name }) => name.endsWith('.mapped'));
}
