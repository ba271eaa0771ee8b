import fc from 'fast-check';
import type { Violation } from './types.js';
import { validChatRequest } from '../../support/valid-requests.js';

/**
 * Non-strict embedded schemas that the API still rejects: a function tool without `strict` (or a
 * non-strict response format) whose schema has a non-object root, or an array without `items`.
 */
const models = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-5'];
const requests = validChatRequest(models).map(({ request }) => {
  const { tools: _tools, tool_choice: _choice, parallel_tool_calls: _parallel, response_format: _format, ...rest } = request;
  return rest;
});
const placement = fc.constantFrom('tool', 'response_format');

function place(
  request: Record<string, unknown>,
  schema: Record<string, unknown>,
  where: string,
): { request: Record<string, unknown>; root: string } {
  if (where === 'tool')
    return {
      request: { ...request, tools: [{ type: 'function', function: { name: 'lookup', parameters: schema } }] },
      root: '/tools/0/function/parameters',
    };
  return {
    request: { ...request, response_format: { type: 'json_schema', json_schema: { name: 'result', schema } } },
    root: '/response_format/json_schema/schema',
  };
}

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'embedded-schemas/root-must-be-object': fc
    .tuple(requests, placement, fc.constantFrom('array', 'string', 'anyOf', '$ref'))
    .map(([request, where, form]) => {
      const object = { type: 'object', properties: { q: { type: 'string' } } };
      const schema =
        form === 'array'
          ? { type: 'array', items: object }
          : form === 'string'
            ? { type: 'string' }
            : form === 'anyOf'
              ? { anyOf: [object, { type: 'object', properties: { id: { type: 'integer' } } }] }
              : { $ref: '#/$defs/Query', $defs: { Query: object } };
      const placed = place(request, schema, where);
      return { request: placed.request, path: `${placed.root}/${form === 'array' || form === 'string' ? 'type' : form}` };
    }),
  'embedded-schemas/require-array-items': fc.tuple(requests, placement, fc.boolean()).map(([request, where, nested]) => {
    const list = { type: 'array', description: 'the things' };
    const schema = nested
      ? { type: 'object', properties: { filter: { type: 'object', properties: { tags: list } } } }
      : { type: 'object', properties: { tags: list } };
    const placed = place(request, schema, where);
    return { request: placed.request, path: `${placed.root}${nested ? '/properties/filter/properties/tags' : '/properties/tags'}` };
  }),
};
