import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';
import type { ServiceTier } from '../../../src/models/types.js';

const missing = (tier: ServiceTier) => SAMPLE_MODELS.filter((id) => modelFor(id).serviceTier?.(tier) === false);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'service-tier/no-unavailable-service-tier': fc
    .constantFrom<ServiceTier>('flex', 'priority', 'fast')
    .filter((tier) => missing(tier).length > 0)
    .chain((tier) =>
      validChatRequest(missing(tier)).map(({ request }) => ({ request: { ...request, service_tier: tier }, path: '/service_tier' })),
    ),
};
