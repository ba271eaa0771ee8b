import type { ErrorObject } from 'ajv';
import { validatorFor } from '../engine/validate/validator.js';
import { modelEntrySchema } from '../../schemas/model-capabilities.js';
import type { ModelEntry } from './types.js';

/**
 * Validation of user-supplied model entries. The bundled table is not validated at start-up (a test
 * does that once); custom entries come from users' configs and get checked when a registry is made.
 */

function describeError(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the entry' : `\`${error.instancePath}\``;
  switch (error.keyword) {
    case 'required':
      return `${at} is missing \`${String(error.params['missingProperty'])}\``;
    case 'additionalProperties':
      return `${at} has unknown property \`${String(error.params['additionalProperty'])}\``;
    case 'enum':
      return `${at} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

function nameOf(entry: unknown, index: number): string {
  const ids = (entry as { ids?: unknown } | null)?.ids;
  const first = Array.isArray(ids) && typeof ids[0] === 'string' ? ` (\`${ids[0]}\`)` : '';
  return `custom model entry ${index}${first}`;
}

/** Throws an error naming the entry and every offending field; returns the entry typed otherwise. */
export function checkCustomEntry(entry: unknown, index: number): ModelEntry {
  // The engine's ajv, compiled on first use: most runs never pass custom entries.
  const validate = validatorFor(modelEntrySchema, 'model-entry');
  if (validate(entry)) return entry as ModelEntry;
  const problems = (validate.errors ?? []).map(describeError);
  throw new Error(`Invalid ${nameOf(entry, index)}: ${[...new Set(problems)].join('; ')}.`);
}
