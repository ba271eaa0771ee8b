import fc from 'fast-check';
import type { Violation } from './types.js';
import { validChatRequest } from '../../support/valid-requests.js';
import { modelIdsWhere } from '../../support/model-ids.js';

const refusesToolsWhileReasoning = modelIdsWhere(
  (m) =>
    m.supports('functionToolsWithReasoningOnChat') === false &&
    m.supports('functionCalling') === true &&
    m.servesApi?.('chat.completions') === true,
);
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
};
