import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatCompletionRequestSchema, responsesRequestSchema } from '../../schemas/index.js';
import { CHAT_KEPT_TOOLS } from '../../src/dialects/chat-completions/nodes.js';
import { restSchemaOf } from '../../src/dialects/kept-tools.js';
import { lint } from '../../src/engine/lint.js';
import { VIOLATIONS } from '../properties/violations/index.js';
import { expectEditInPlaceSeen, morphInPlace } from '../support/edit-in-place.js';
import { validResponsesRequest } from '../support/valid-dialect-requests.js';
import { validChatRequest } from '../support/valid-requests.js';

/**
 * A tool list sent again unchanged is validated and extracted once (`src/dialects/kept-tools.ts`):
 * these check that the findings never differ from a fresh copy's, however the request (tools
 * included) is edited in place between calls.
 */

type Api = 'chat.completions' | 'responses';
type Linted = { request: Record<string, unknown>; api: Api };

const wireViolations = fc
  .oneof(...Object.values(VIOLATIONS))
  .filter((v) => v.api !== 'langchain')
  .map((v): Linted => ({ request: v.request, api: v.api === 'responses' ? 'responses' : 'chat.completions' }));

const requestsOf = (api: Api): fc.Arbitrary<Linted> =>
  fc.oneof(
    (api === 'responses' ? validResponsesRequest() : validChatRequest()).map((g) => ({ request: g.request, api })),
    wireViolations.filter((v) => v.api === api),
  );

/** Edits that break a tool list in place, each caught by the schema. */
const TOOL_BREAKS: ReadonlyArray<(tools: any[], api: Api) => void> = [
  (tools, api) => (api === 'chat.completions' ? (tools[0].function.name = 'not a valid name!') : (tools[0].name = 'not a valid name!')),
  (tools) => (tools[0].type = 'no_such_tool'),
  (tools) => tools.push(...Array.from({ length: 130 }, () => structuredClone(tools[0]))),
  (tools) => (tools[0].extra_key = true),
];

describe('tool lists kept across calls', () => {
  for (const api of ['chat.completions', 'responses'] as const) {
    it(`${api}: findings after editing a linted request in place equal a fresh copy's`, () => {
      fc.assert(
        fc.property(requestsOf(api), requestsOf(api), (first, second) => {
          const request = structuredClone(first.request);
          expectEditInPlaceSeen(request, { api, preset: 'all' }, () => morphInPlace(request, structuredClone(second.request)));
        })
      );
    });

    it(`${api}: a kept tool list broken in place is validated again`, () => {
      fc.assert(
        fc.property(
          (api === 'responses' ? validResponsesRequest() : validChatRequest()).filter((g) => Array.isArray(g.request.tools) && (g.request.tools as unknown[]).length > 0),
          fc.nat(TOOL_BREAKS.length - 1),
          (generated, which) => {
            const request = structuredClone(generated.request);
            const after = expectEditInPlaceSeen(request, { api, preset: 'all' }, () => TOOL_BREAKS[which]!(request.tools as any[], api));
            expect(after.some((line) => line.startsWith('schema/'))).toBe(true);
          },
        )
      );
    });
  }

  it('keeps a list only from its second clean request on, and drops it once edited', () => {
    const request = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }] };
    const kept = () => CHAT_KEPT_TOOLS.peek(request);
    lint(request, { api: 'chat.completions' });
    expect(kept()).toBeUndefined();
    lint(request, { api: 'chat.completions' });
    expect(kept()?.nodes?.functionTool.map((node) => node.name)).toEqual(['f']);
    request.tools[0]!.function.name = 'g';
    expect(kept()).toBeUndefined();
  });

  it('validates the rest of a request against the request schema with only `tools` left open', () => {
    for (const [api, schema] of [['chat.completions', chatCompletionRequestSchema], ['responses', responsesRequestSchema]] as const) {
      const rest = restSchemaOf(api, schema).schema as { properties: Record<string, unknown> };
      const { tools, ...others } = rest.properties;
      const { tools: _original, ...originals } = (schema as unknown as { properties: Record<string, unknown> }).properties;
      expect(tools).toEqual({});
      expect(others).toEqual(originals);
      expect({ ...rest, properties: undefined }).toEqual({ ...schema, properties: undefined });
    }
  });
});
