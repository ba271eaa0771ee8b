import { chatCompletionRequestSchema, responsesRequestSchema } from '../../schemas/index.js';
import type { Api } from '../types.js';

/**
 * The schema a request built from a client library's options is checked against (see `lint.ts`): the
 * wire API's own, without the keys it requires at the top (the conversation), which the library
 * passes at call time rather than in its options. Same checks otherwise; a valid options object then
 * costs no error objects for keys it can never hold. Named for the build-time validators.
 */
export interface MappedRequestSchema {
  name: string;
  schema: object;
}

const WIRE_SCHEMAS: Readonly<Record<Api, object>> = { 'chat.completions': chatCompletionRequestSchema, responses: responsesRequestSchema };

const MAPPED_REQUEST_SCHEMAS = new Map<Api, MappedRequestSchema>(
  (Object.entries(WIRE_SCHEMAS) as Array<[Api, object]>).map(([api, wire]) => {
    const { required: conversation, ...schema } = wire as { required?: unknown };
    // A schema that requires nothing at the top is used as it is, with its own validator.
    return [api, conversation === undefined ? { name: api, schema: wire } : { name: `${api}.mapped`, schema }];
  }),
);

export function mappedRequestSchema(api: Api): MappedRequestSchema | undefined {
  return MAPPED_REQUEST_SCHEMAS.get(api);
}

/** The ones with a schema of their own (to compile at build time). */
export function mappedRequestSchemas(): readonly MappedRequestSchema[] {
  return [...MAPPED_REQUEST_SCHEMAS.values()].filter(({ name }, index, all) => all.findIndex((other) => other.name === name) === index && name.endsWith('.mapped'));
}
