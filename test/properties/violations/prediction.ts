import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';

const prediction = fc.constantFrom(
  { type: 'content', content: 'const x = 1;' },
  { type: 'content', content: [{ type: 'text', text: 'draft' }] },
);
const predicting = SAMPLE_MODELS.filter((id) => modelFor(id).supports('prediction') === true);
const notPredicting = SAMPLE_MODELS.filter((id) => modelFor(id).supports('prediction') === false);

/** One parameter Predicted Outputs exclude, with a value that conflicts. */
const conflict: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.integer({ min: 2, max: 128 }).map((n): [string, unknown] => ['n', n]),
  fc.constant<[string, unknown]>(['logprobs', true]),
  fc.double({ min: 0.01, max: 2, noNaN: true }).map((p): [string, unknown] => ['presence_penalty', p]),
  fc.double({ min: 0.01, max: 2, noNaN: true }).map((p): [string, unknown] => ['frequency_penalty', p]),
  fc.integer({ min: 1, max: 10_000 }).map((t): [string, unknown] => ['max_completion_tokens', t]),
  fc.constant<[string, unknown]>(['tools', [{ type: 'function', function: { name: 'edit' } }]]),
);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'prediction/no-prediction-on-unsupported-model': fc
    .tuple(validChatRequest(notPredicting), prediction)
    .map(([{ request }, prediction]) => ({
      request: { ...request, prediction },
      path: '/prediction',
    })),
  'prediction/no-incompatible-parameters': fc
    .tuple(validChatRequest(predicting), prediction, conflict)
    .map(([{ request }, prediction, [key, value]]) => ({
      request: { ...request, prediction, [key]: value },
      path: `/${key}`,
    })),
};
