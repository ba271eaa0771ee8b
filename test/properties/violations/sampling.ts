import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';

const notDefault = (min: number, max: number) => fc.double({ min, max, noNaN: true }).filter((n) => n !== 1 && !Object.is(n, -0));
const samplingModels = SAMPLE_MODELS.filter(
  (id) => modelFor(id).parameter('temperature') === 'supported' && modelFor(id).parameter('top_p') === 'supported',
);
const logprobModels = SAMPLE_MODELS.filter(
  (id) => modelFor(id).parameter('logprobs') === 'supported' && modelFor(id).supports('functionCalling') === true,
);
const tool = { type: 'function', function: { name: 'lookup' } };

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'sampling/no-temperature-and-top-p': fc
    .tuple(validChatRequest(samplingModels), notDefault(0, 2), notDefault(0, 1))
    .map(([{ request }, temperature, top_p]) => ({
      request: { ...request, temperature, top_p },
      path: '/top_p',
    })),
  'sampling/no-logprobs-with-forced-tool-call': fc
    .tuple(
      validChatRequest(logprobModels),
      fc.constantFrom<unknown>(
        'required',
        { type: 'function', function: { name: 'lookup' } },
        { type: 'allowed_tools', allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'lookup' } }] } },
      ),
    )
    .map(([{ request }, choice]) => ({
      request: { ...request, tools: [tool], tool_choice: choice, logprobs: true },
      path: '/logprobs',
    })),
};
