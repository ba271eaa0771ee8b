import fc from 'fast-check';
import type { Violation } from './types.js';
import { SAMPLE_MODELS, modelFor, validChatRequest } from '../../support/valid-requests.js';

const notSearch = SAMPLE_MODELS.filter((id) => modelFor(id).supports('webSearchOptions') === false);

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'search/no-web-search-options-on-non-search-model': fc
    .tuple(validChatRequest(notSearch), fc.constantFrom({}, { search_context_size: 'low' }, { search_context_size: 'high' }))
    .map(([{ request }, options]) => ({
      request: { ...request, web_search_options: options },
      path: '/web_search_options',
    })),
};
