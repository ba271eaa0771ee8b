import fc from 'fast-check';
import type { Violation } from './types.js';
import { modelFor, SAMPLE_MODELS, validChatRequest } from '../../support/valid-requests.js';
import { validResponsesRequest } from '../../support/valid-dialect-requests.js';

/** Violation generators for `rules/output-format/`. */

const colourSchema = { type: 'object', properties: { colour: { type: 'string' } }, required: ['colour'], additionalProperties: false };

const structuredModels = SAMPLE_MODELS.filter((id) => modelFor(id).supports('structuredOutputs') === true);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  // Generated messages are drawn from a word list without "json", so JSON mode is always unasked-for.
  'output-format/require-json-word': validChatRequest().map(({ request }) => ({
    request: { ...request, response_format: { type: 'json_object' } },
    path: '/response_format/type',
  })),
  'output-format/prefer-json-schema': fc
    .tuple(validChatRequest(structuredModels), fc.constantFrom('JSON', 'json', 'Json'))
    .map(([{ request }, word]) => ({
      request: {
        ...request,
        messages: [...(request.messages as unknown[]), { role: 'user', content: `Reply in ${word}.` }],
        response_format: { type: 'json_object' },
      },
      path: '/response_format/type',
    })),
  'output-format/no-foreign-format-shape': fc.boolean().chain((onResponses): fc.Arbitrary<Violation> =>
    onResponses
      ? validResponsesRequest(structuredModels).map(({ request }) => ({
          request: {
            ...request,
            text: { format: { type: 'json_schema', json_schema: { name: 'colour', schema: colourSchema, strict: true } } },
          },
          path: '/text/format',
          api: 'responses' as const,
        }))
      : validChatRequest(structuredModels).map(({ request }) => ({
          request: { ...request, response_format: { type: 'json_schema', name: 'colour', schema: colourSchema, strict: true } },
          path: '/response_format',
        })),
  ),
};
