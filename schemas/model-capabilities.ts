import type { FromSchema } from 'json-schema-to-ts';
import { FEATURES, REASONING_EFFORTS, MODEL_PARAMETERS } from '../src/models/types.js';

/**
 * The shape of `data/models.json`, the model capability table, and of custom model entries passed to
 * `createModelRegistry`. One `as const` draft-07 schema feeds ajv (validation) and json-schema-to-ts
 * (the entry types), composed from constants rather than `$ref` so each piece is usable on its own.
 *
 * The vocabulary (features, parameters, efforts) comes from `src/models/types.ts`, the contract the
 * rules read, so adding a feature there makes every data entry invalid until it states the new fact.
 *
 * Conventions of the data, written into the descriptions so editors show them:
 * - `null` always means "the sources do not settle it"; rules stay silent on `null`.
 * - Every entry names its `sources` (keys of the top-level `sources` table) and the date it was
 *   `checked` against them; `notes` say what is uncertain and why.
 */

/** ISO calendar date, checked by pattern (not `format`) so the schema needs no format plugin. */
const isoDatePattern = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

export const isoDateSchema = {
  type: 'string',
  pattern: isoDatePattern,
  description: 'A date as YYYY-MM-DD.',
} as const;

/** A yes/no fact that may be unknown. */
export const triSchema = {
  type: ['boolean', 'null'],
  description: 'true / false, or null when the sources do not settle it.',
} as const;

export const reasoningEffortSchema = {
  type: 'string',
  enum: REASONING_EFFORTS,
} as const;

export const parameterSupportValues = ['supported', 'rejected', 'default-only', 'effort-none-only', 'ignored'] as const;

export const parameterSupportSchema = {
  type: ['string', 'null'],
  enum: [...parameterSupportValues, null],
  description:
    'supported: accepted and honoured (for a non-reasoning model: the spec documents it without a model ' +
    'restriction and no source reports a rejection); rejected: any value is a 400; default-only: only the ' +
    'default value is accepted; effort-none-only: accepted only with reasoning effort none; ignored: ' +
    'accepted without effect; null: unknown.',
} as const;

/** `{ [name]: schema }` for a fixed list of names, all required: the data must state every fact. */
type PropertiesOf<K extends string, S> = { readonly [P in K]: S };

function propertiesOf<const K extends string, const S>(names: readonly K[], schema: S): PropertiesOf<K, S> {
  return Object.fromEntries(names.map((name) => [name, schema])) as PropertiesOf<K, S>;
}

export const featuresSchema = {
  type: 'object',
  description: 'One yes/no/unknown per capability in FEATURES (src/models/types.ts).',
  properties: propertiesOf(FEATURES, triSchema),
  required: FEATURES,
  additionalProperties: false,
} as const;

export const parametersSchema = {
  type: 'object',
  description: 'How the model treats each sampling parameter, named as on Chat Completions.',
  properties: propertiesOf(MODEL_PARAMETERS, parameterSupportSchema),
  required: MODEL_PARAMETERS,
  additionalProperties: false,
} as const;

export const reasoningSchema = {
  type: ['object', 'null'],
  description:
    'null: the model does not reason (or, with isReasoning: null, nothing is known of its reasoning options). ' +
    'Otherwise the reasoning options; members are null where unknown.',
  properties: {
    efforts: {
      type: ['array', 'null'],
      items: reasoningEffortSchema,
      uniqueItems: true,
      description:
        'Effort values the API accepts for this model, in the order none … max; empty when the model reasons ' +
        'but refuses the parameter (o1-mini); null when unknown.',
    },
    defaultEffort: {
      type: ['string', 'null'],
      enum: [...REASONING_EFFORTS, null],
      description: 'The effort applied when the request names none.',
    },
    acceptsNullEffort: {
      ...triSchema,
      description: 'Whether an explicit `reasoning_effort: null` is accepted.',
    },
  },
  required: ['efforts', 'defaultEffort', 'acceptsNullEffort'],
  additionalProperties: false,
} as const;

export const apisSchema = {
  type: 'object',
  description: 'Whether each wire API serves the model (null: the sources conflict).',
  properties: {
    'chat.completions': triSchema,
    responses: triSchema,
  },
  required: ['chat.completions', 'responses'],
  additionalProperties: false,
} as const;

export const serviceTiersSchema = {
  type: ['object', 'null'],
  description:
    'Non-default tiers the model offers (auto and default always are). `priority` covers `fast` too: the ' +
    'spec calls them one tier (responses report `priority`). `scale` is an account contract and is not ' +
    'tracked per model. null: nothing known.',
  properties: {
    flex: triSchema,
    priority: triSchema,
    ultrafast: triSchema,
  },
  required: ['flex', 'priority', 'ultrafast'],
  additionalProperties: false,
} as const;

/** A token count that may be unknown. */
const tokenCountSchema = { type: ['integer', 'null'], minimum: 1 } as const;

export const limitsSchema = {
  type: 'object',
  description:
    'Token limits, with their own source and date because they come from different places than the other facts. ' +
    'Absent or null: unknown, and no limit is checked.',
  properties: {
    maxOutputTokens: {
      ...tokenCountSchema,
      description:
        'The most tokens one response may generate (visible + reasoning): the ceiling of max_tokens / max_completion_tokens / max_output_tokens.',
    },
    maxInputTokens: {
      ...tokenCountSchema,
      description: 'The most input tokens the model takes (its context window less the output reserve where the source splits them).',
    },
    source: { type: 'string', minLength: 1, description: 'Key of the top-level `sources` table.' },
    checked: { ...isoDateSchema, description: 'When these limits were read from the source.' },
  },
  required: ['maxOutputTokens', 'maxInputTokens', 'source', 'checked'],
  additionalProperties: false,
} as const;

/** Model ids as the API writes them; no whitespace, no empty string. */
export const modelIdSchema = {
  type: 'string',
  pattern: '^\\S+$',
} as const;

export const sourceKeysSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  minItems: 1,
  uniqueItems: true,
  description: 'Keys of the top-level `sources` table.',
} as const;

export const notesSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: 'What is uncertain or surprising about this entry, and why (cite source keys).',
} as const;

/** One entry; also what `customModels` takes (compiled on its own, hence no `$id`). */
export const modelEntrySchema = {
  title: 'Model capability entry',
  description: 'Model ids with identical capabilities, and those capabilities.',
  type: 'object',
  properties: {
    ids: {
      type: 'array',
      items: modelIdSchema,
      minItems: 1,
      uniqueItems: true,
      description: 'The canonical id first, then explicitly known snapshot ids and aliases.',
    },
    apis: apisSchema,
    isReasoning: {
      type: 'null',
      description:
        'Present (and null) only where the sources conflict on whether the model reasons. When absent, the ' +
        'model reasons exactly when `reasoning` is an object.',
    },
    reasoning: reasoningSchema,
    features: featuresSchema,
    parameters: parametersSchema,
    serviceTiers: serviceTiersSchema,
    limits: limitsSchema,
    sources: sourceKeysSchema,
    checked: { ...isoDateSchema, description: 'When these facts were last checked against the sources.' },
    notes: notesSchema,
  },
  required: ['ids', 'apis', 'reasoning', 'features', 'parameters', 'serviceTiers', 'sources', 'checked'],
  additionalProperties: false,
} as const;

export const sourceSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1 },
    url: { type: 'string', pattern: '^https?://\\S+$' },
    snapshot: {
      type: 'string',
      pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
      description: 'Date of the source version that was read, as precise as the source states it (YYYY, YYYY-MM or YYYY-MM-DD).',
    },
  },
  required: ['title', 'snapshot'],
  additionalProperties: false,
} as const;

/** What changes when the id is a fine-tune of a known model (api-facts §9, `ft:` row). */
export const fineTuneOverridesSchema = {
  type: 'object',
  description: 'Facts that differ for fine-tuned ids (ft:<base>:…); everything else follows the base entry.',
  properties: {
    features: {
      type: 'object',
      properties: propertiesOf(FEATURES, triSchema),
      additionalProperties: false,
    },
    parameters: {
      type: 'object',
      properties: propertiesOf(MODEL_PARAMETERS, parameterSupportSchema),
      additionalProperties: false,
    },
    serviceTiers: serviceTiersSchema,
    sources: sourceKeysSchema,
    notes: notesSchema,
  },
  required: ['features', 'parameters', 'sources'],
  additionalProperties: false,
} as const;

/** The whole file. Its JSON copy (with `$schema`/`$id`) is generated like the request schemas'. */
export const modelCapabilitiesSchema = {
  title: 'reqlint model capability table',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    sources: {
      type: 'object',
      description: 'Every source cited by an entry, keyed by the short names of api-facts.md §0 or gh:owner/repo#N.',
      additionalProperties: sourceSchema,
      minProperties: 1,
    },
    fineTune: fineTuneOverridesSchema,
    models: {
      type: 'array',
      items: modelEntrySchema,
      minItems: 1,
    },
  },
  required: ['sources', 'fineTune', 'models'],
  additionalProperties: false,
} as const;

export type ModelEntry = FromSchema<typeof modelEntrySchema>;
export type ModelSource = FromSchema<typeof sourceSchema>;
export type FineTuneOverrides = FromSchema<typeof fineTuneOverridesSchema>;
export type ModelCapabilitiesFile = FromSchema<typeof modelCapabilitiesSchema>;
