import fc from 'fast-check';
import type { Violation } from './types.js';
import { validChatRequest } from '../../support/valid-requests.js';

export const violations: Record<string, fc.Arbitrary<Violation>> = {
  'store/no-metadata-without-store': fc
    .tuple(
      validChatRequest(),
      fc.constantFrom(undefined, false, null),
      fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z ]{0,20}$/), { maxKeys: 4 }),
    )
    .map(([{ request }, store, metadata]) => {
      const { store: _dropped, ...rest } = request;
      return { request: { ...rest, ...(store === undefined ? {} : { store }), metadata }, path: '/metadata' };
    }),
};
