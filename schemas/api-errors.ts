import type { FromSchema } from 'json-schema-to-ts';
import { isoDateSchema } from './model-capabilities.js';

/**
 * The shape of `data/api-errors.json`: the API's 400 error wordings, each linked to the reqlint rules
 * (or engine checks) that catch the same problem before the request is sent. One `as const` schema
 * feeds ajv (`test/integrations/api-errors-data.test.ts`) and the type `explainApiError` reads.
 *
 * A wording is the API's text, quoted, with `{name}` where the API puts a value of the request (a
 * parameter path, a value, a model id...). Nothing else is special: the wording stays readable as the
 * error a user saw, and the matcher (`src/integrations/api-error-wordings.ts`) turns it into a pattern.
 */

const dateOrMonth = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
  description: 'When the source saw the error (month precision when the day is unknown).',
} as const;

export const apiErrorSourceSchema = {
  type: 'object',
  properties: {
    ref: {
      type: 'string',
      minLength: 1,
      description: 'Where the wording was seen: `owner/repo#issue`, a fixture path, or a facts-sheet row.',
    },
    url: { type: 'string', pattern: '^https://', description: 'A link to it, when there is one.' },
    date: dateOrMonth,
  },
  required: ['ref', 'date'],
  additionalProperties: false,
} as const;

export const apiErrorWordingSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Stable kebab-case id.' },
    wordings: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 10 },
      description:
        "The API's message, with `{placeholder}` for the parts taken from the request. Several when the API changed its wording.",
    },
    examples: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 10 },
      description: 'Messages as users reported them; a test requires each to be explained by this entry.',
    },
    param: { type: 'string', description: 'The `param` the API reports with it (a placeholder when it varies).' },
    code: { type: ['string', 'null'], description: 'The `code` the API reports with it, `null` when it sends none.' },
    rules: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
      description: 'The reqlint rules or engine checks that report this problem before the request is sent.',
    },
    fix: { type: 'string', minLength: 10, description: 'What to change in the request, in one sentence.' },
    facts: { type: 'string', description: 'The row of `docs/reference/api-facts.md` that records it, e.g. `§5 #9`.' },
    sources: { type: 'array', minItems: 1, items: apiErrorSourceSchema },
    notes: { type: 'string', description: 'What is uncertain about it.' },
  },
  required: ['id', 'wordings', 'examples', 'rules', 'fix', 'sources'],
  additionalProperties: false,
} as const;

export const apiErrorsDataSchema = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    checked: isoDateSchema,
    errors: { type: 'array', minItems: 1, items: apiErrorWordingSchema },
  },
  required: ['description', 'checked', 'errors'],
  additionalProperties: false,
} as const;

export type ApiErrorWording = FromSchema<typeof apiErrorWordingSchema>;
export type ApiErrorsData = FromSchema<typeof apiErrorsDataSchema>;
