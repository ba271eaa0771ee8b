import fc from 'fast-check';
import type { Violation } from './types.js';
import { placeSchema, strictValidSchema, type Placement } from '../../structured-outputs/arbitraries.js';
import { mutations } from '../../structured-outputs/mutations.js';
import { validChatRequest } from '../../support/valid-requests.js';

/**
 * Structured-outputs violations: a valid generated request gets a generated strict-valid schema (as a
 * response format or a strict function tool), then one mutation that breaks exactly one rule
 * (`test/structured-outputs/mutations.ts`), with the pointer where that rule must report.
 */
const base = fc.tuple(
  validChatRequest(['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3', 'gpt-5']),
  strictValidSchema,
  fc.constantFrom<Placement>('response_format', 'tool'),
);

export const violations: Record<string, fc.Arbitrary<Violation>> = Object.fromEntries(
  Object.entries(mutations).map(([ruleId, mutate]) => [
    ruleId,
    base.chain(([{ request }, schema, placement]) =>
      mutate(schema).map((mutation) => {
        const placed = placeSchema(
          mutation.model === undefined ? request : { ...request, model: mutation.model },
          mutation.schema,
          placement,
        );
        return { request: placed.request, path: placed.schemaPath + mutation.pointer };
      }),
    ),
  ]),
);
