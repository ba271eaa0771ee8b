import fc from 'fast-check';
import type { Violation } from './types.js';
import { modelFor, SAMPLE_MODELS, strictSchema, validChatRequest } from '../../support/valid-requests.js';
import { validResponsesRequest } from '../../support/valid-dialect-requests.js';

/** Violation generators for the `rules/tools/` rules added with the Chat catalogue. */

type Tool = { type: string; function: { name: string; description?: string; strict?: boolean } };

/** Valid requests that offer tools (the generator adds tools to most requests). */
const withTools = validChatRequest()
  .filter(({ request }) => Array.isArray(request.tools) && request.tools.length > 0)
  .map(({ request }) => ({ request, tools: request.tools as Tool[] }));

function without(request: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...request };
  for (const key of keys) delete copy[key];
  return copy;
}

const parallelModels = SAMPLE_MODELS.filter((id) => modelFor(id).supports('parallelToolCalls') === true);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'tools/no-duplicate-tool-names': withTools.chain(({ request, tools }) =>
    fc.integer({ min: 0, max: tools.length - 1 }).map((copied) => ({
      request: { ...request, tools: [...tools, { ...tools[copied]!, function: { ...tools[copied]!.function, strict: false } }] },
      path: `/tools/${tools.length}/function/name`,
    })),
  ),
  'tools/no-long-function-description': fc.tuple(withTools, fc.integer({ min: 1025, max: 4000 })).chain(([{ request, tools }, length]) =>
    fc.integer({ min: 0, max: tools.length - 1 }).map((index) => ({
      request: {
        ...request,
        tools: tools.map((tool, i) => (i === index ? { ...tool, function: { ...tool.function, description: 'x'.repeat(length) } } : tool)),
      },
      path: `/tools/${index}/function/description`,
    })),
  ),
  'tools/no-unknown-tool-in-tool-choice': withTools.map(({ request, tools }) => ({
    request: { ...request, tool_choice: { type: 'function', function: { name: tools.map((t) => t.function.name).join('') + '_missing' } } },
    path: '/tool_choice/function/name',
  })),
  'tools/no-unknown-allowed-tools': fc.tuple(withTools, fc.constantFrom('auto', 'required')).map(([{ request, tools }, mode]) => ({
    request: {
      ...request,
      tool_choice: {
        type: 'allowed_tools',
        allowed_tools: {
          mode,
          tools: [
            { type: 'function', function: { name: tools[0]!.function.name } },
            { type: 'function', function: { name: 'not_offered' } },
          ],
        },
      },
    },
    path: '/tool_choice/allowed_tools/tools/1/function/name',
  })),
  'tools/no-foreign-tool-choice-shape': fc.tuple(withTools, fc.boolean()).chain(([{ request, tools }, bare]) =>
    fc.constantFrom(...tools.map((t) => t.function.name)).map((name) => ({
      request: { ...request, tool_choice: bare ? name : { type: 'function', name } },
      path: '/tool_choice',
    })),
  ),
  'tools/no-empty-tools': validChatRequest().map(({ request }) => ({
    request: { ...without(request, 'tool_choice', 'parallel_tool_calls'), tools: [] },
    path: '/tools',
  })),
  'tools/require-parallel-tool-calls-false-with-strict': fc
    .tuple(validChatRequest(parallelModels), strictSchema, fc.constantFrom(undefined, true))
    .map(([{ request }, parameters, parallel]) => ({
      request: {
        ...without(request, 'parallel_tool_calls'),
        tools: [{ type: 'function', function: { name: 'lookup', strict: true, parameters } }],
        tool_choice: 'auto',
        ...(parallel === undefined ? {} : { parallel_tool_calls: parallel }),
      },
      path: parallel === true ? '/parallel_tool_calls' : '/tools/0/function/strict',
    })),
  // A Chat-shaped (nested) function tool sent to the Responses API, the usual porting mistake.
  'tools/no-foreign-tool-shape': fc.tuple(validResponsesRequest(), fc.constantFrom(true, false)).map(([{ request }, strict]) => {
    const tools = [...((request.tools as unknown[] | undefined) ?? [])];
    tools.push({
      type: 'function',
      function: {
        name: 'ported_tool',
        strict,
        parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'], additionalProperties: false },
      },
    });
    return { request: { ...request, tools }, path: `/tools/${tools.length - 1}`, api: 'responses' as const };
  }),
};
