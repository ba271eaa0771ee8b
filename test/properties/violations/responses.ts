import fc from 'fast-check';
import { validResponsesRequest } from '../../support/valid-dialect-requests.js';
import type { Violation } from './types.js';

/** Violation generators for `responses/*` rules: a valid Responses body (see `valid-dialect-requests.ts`) with one mutation. */
const responses = (mutate: (request: Record<string, unknown>) => string, models?: readonly string[]): fc.Arbitrary<Violation> =>
  validResponsesRequest(models).map(({ request }) => {
    const copy = structuredClone(request);
    return { request: copy, path: mutate(copy), api: 'responses' as const };
  });

const id = fc.stringMatching(/^[a-z0-9]{6,12}$/);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'responses/no-previous-response-id-with-conversation': fc.tuple(id, id, fc.boolean()).chain(([a, b, asObject]) =>
    responses((r) => {
      r.previous_response_id = `resp_${a}`;
      r.conversation = asObject ? { id: `conv_${b}` } : `conv_${b}`;
      return '/previous_response_id';
    }),
  ),
  'responses/require-item-after-reasoning': responses((r) => {
    const input = r.input as unknown[];
    input.push({ type: 'reasoning', id: 'rs_1', summary: [] });
    return `/input/${input.length - 1}`;
  }),
  'responses/no-background-without-store': responses((r) => {
    r.background = true;
    r.store = false;
    return '/store';
  }),
  'responses/require-json-word-in-input': responses((r) => {
    r.text = { format: { type: 'json_object' } };
    r.input = [{ role: 'user', content: 'Give me three colours.' }];
    r.instructions = 'Answer in JSON.';
    return '/text/format/type';
  }),
  'responses/valid-mcp-server-source': fc.integer({ min: 0, max: 3 }).chain((seed) =>
    responses((r) => {
      const tools = (r.tools as unknown[] | undefined) ?? [];
      const tool: Record<string, unknown> = { type: 'mcp', server_label: 'docs' };
      if (seed & 1) {
        tool.server_url = 'https://mcp.example.com';
        tool.connector_id = 'connector_gmail';
      }
      tools.push(tool);
      r.tools = tools;
      const index = tools.length - 1;
      return seed & 1 ? `/tools/${index}/connector_id` : `/tools/${index}`;
    }),
  ),
  'responses/valid-image-generation-background': responses((r) => {
    const tools = (r.tools as unknown[] | undefined) ?? [];
    tools.push({ type: 'image_generation', background: 'transparent', output_format: 'jpeg' });
    r.tools = tools;
    return `/tools/${tools.length - 1}/output_format`;
  }),
  'responses/require-explicit-strict': responses((r) => {
    const tools = (r.tools as Array<Record<string, unknown>> | undefined) ?? [];
    tools.push({
      type: 'function',
      name: 'lookup_zz',
      parameters: { type: 'object', properties: { q: { type: 'string' }, limit: { type: 'integer' } }, required: ['q'] },
    });
    r.tools = tools;
    return `/tools/${tools.length - 1}/name`;
  }),
  'responses/no-chat-only-parameters': fc
    .constantFrom('seed', 'n', 'logit_bias', 'frequency_penalty', 'stop', 'verbosity', 'messages', 'max_completion_tokens')
    .chain((key) =>
      responses((r) => {
        const values: Record<string, unknown> = {
          seed: 7,
          n: 1,
          logit_bias: {},
          frequency_penalty: 0,
          stop: ['END'],
          verbosity: 'medium',
          messages: [{ role: 'user', content: 'hi' }],
          max_completion_tokens: 100,
        };
        r[key] = values[key];
        return `/${key}`;
      }),
    ),
  'responses/valid-content-part-types': fc.boolean().chain((inAssistant) =>
    responses((r) => {
      const input = r.input as unknown[];
      input.push(
        inAssistant
          ? { role: 'assistant', content: [{ type: 'input_text', text: 'An earlier answer.' }] }
          : { role: 'user', content: [{ type: 'output_text', text: 'A pasted answer.', annotations: [] }] },
      );
      return `/input/${input.length - 1}/content/0`;
    }),
  ),
  'responses/no-orphan-function-call-output': id.chain((callId) =>
    responses((r) => {
      delete r.previous_response_id;
      delete r.conversation;
      delete r.prompt;
      const input = (r.input as unknown[]).filter(
        (item) => !(typeof item === 'object' && item !== null && !('role' in item) && !('type' in item)),
      );
      input.push({ type: 'function_call_output', call_id: `call_${callId}`, output: '42' });
      r.input = input;
      return `/input/${input.length - 1}/call_id`;
    }),
  ),
};
