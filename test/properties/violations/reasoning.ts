import fc from 'fast-check';
import type { Violation } from './types.js';
import { validChatRequest } from '../../support/valid-requests.js';
import { validResponsesRequest } from '../../support/valid-dialect-requests.js';
import { modelIdsWhere } from '../../support/model-ids.js';

const refusesToolsWhileReasoning = modelIdsWhere(
  (m) =>
    m.supports('functionToolsWithReasoningOnChat') === false &&
    m.supports('functionCalling') === true &&
    m.servesApi?.('chat.completions') === true,
);
const doesNotReason = modelIdsWhere((m) => m.isReasoning === false && m.servesApi?.('responses') === true);
const offersMinimalEffort = modelIdsWhere((m) => m.reasoning?.efforts?.includes('minimal') === true && m.servesApi?.('responses') === true);
const tool = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'reasoning/no-function-tools-with-reasoning-on-chat': validChatRequest(refusesToolsWhileReasoning).chain(({ request, model }) => {
    const efforts = (model.reasoning?.efforts ?? []).filter((e) => e !== 'none');
    const explicit = fc
      .constantFrom(...efforts)
      .map((effort) => ({ request: { ...request, tools: [tool], reasoning_effort: effort }, path: '/reasoning_effort' }));
    const byDefault =
      model.reasoning?.defaultEffort !== 'none' && model.reasoning?.defaultEffort !== null && model.reasoning?.efforts?.includes('none');
    if (!byDefault) return explicit;
    const { reasoning_effort: _dropped, ...rest } = request;
    return fc.oneof(explicit, fc.constant({ request: { ...rest, tools: [tool] }, path: '/tools' }));
  }),
  'reasoning/no-web-search-with-minimal-effort': validResponsesRequest(offersMinimalEffort).chain(({ request }) =>
    fc.tuple(fc.constantFrom('web_search', 'web_search_2025_08_26'), fc.nat()).map(([type, at]) => {
      const tools = Array.isArray(request.tools) ? [...(request.tools as unknown[])] : [];
      const index = at % (tools.length + 1);
      tools.splice(index, 0, { type });
      const reasoning = { ...(request.reasoning as object | undefined), effort: 'minimal' };
      return { request: { ...request, reasoning, tools }, path: `/tools/${index}/type`, api: 'responses' as const };
    }),
  ),
  'reasoning/no-reasoning-items-on-non-reasoning-model': validResponsesRequest(doesNotReason).map(({ request }) => {
    const input = Array.isArray(request.input) ? [...(request.input as unknown[])] : [{ role: 'user', content: String(request.input) }];
    input.push({ type: 'reasoning', id: 'rs_replayed', summary: [] }, { role: 'assistant', content: 'An earlier answer.' });
    return { request: { ...request, input }, path: `/input/${input.length - 2}`, api: 'responses' as const };
  }),
};
