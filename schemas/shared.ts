/**
 * Request-body pieces that Chat Completions and the Responses API (and the legacy Completions API)
 * share. Each constant is an `as const` JSON Schema (draft-07 vocabulary) so that ajv and
 * json-schema-to-ts read the same source; modules compose them by importing, never by `$ref`.
 *
 * Value lists are exported separately (`...Values`) so the Responses schema can extend an enum
 * (`[...serviceTierValues, 'ultrafast']`) without copying it, and rules can list allowed values.
 */

/**
 * Function and response-format names: the spec's descriptions say "a-z, A-Z, 0-9, underscores and
 * dashes, at most 64"; the API enforces it with this exact pattern (api-facts §5 #5).
 */
export const functionNamePattern = '^[a-zA-Z0-9_-]+$';
export const functionNameMaxLength = 64;

export const functionNameSchema = {
  type: 'string',
  pattern: functionNamePattern,
  maxLength: functionNameMaxLength,
  description: 'The function name: letters, digits, underscores and dashes, at most 64 characters.',
} as const;

/**
 * A JSON Schema the user supplies (function parameters, structured-output schema). Deliberately open:
 * the strict-mode subset rules inspect it, so the request schema only insists that it is an object.
 */
export const userJsonSchemaSchema = {
  type: 'object',
  description: 'A JSON Schema object supplied by the caller.',
} as const;

/**
 * The spec states the metadata limits only in prose ("16 key-value pairs", keys ≤ 64, values ≤ 512
 * characters); they are encoded as keywords here so a violation is a schema error with a path.
 */
export const metadataSchema = {
  type: ['object', 'null'],
  description: 'Up to 16 string key-value pairs (keys at most 64, values at most 512 characters) to attach to the request.',
  maxProperties: 16,
  propertyNames: { maxLength: 64 },
  additionalProperties: { type: 'string', maxLength: 512 },
} as const;

export const temperatureSchema = {
  type: ['number', 'null'],
  minimum: 0,
  maximum: 2,
  default: 1,
  description: 'Sampling temperature from 0 to 2; higher is more random. Change this or `top_p`, not both.',
} as const;

export const topPSchema = {
  type: ['number', 'null'],
  minimum: 0,
  maximum: 1,
  default: 1,
  description: 'Nucleus sampling: only tokens within this top probability mass are considered. Change this or `temperature`, not both.',
} as const;

export const topLogprobsSchema = {
  type: ['integer', 'null'],
  minimum: 0,
  maximum: 20,
  description: 'How many most likely tokens (0 to 20) to return with log probabilities at each position.',
} as const;

export const serviceTierValues = ['auto', 'default', 'flex', 'scale', 'priority', 'fast'] as const;

export const serviceTierSchema = {
  type: ['string', 'null'],
  enum: [...serviceTierValues, null],
  default: 'auto',
  description: 'Processing tier for the request; `fast` and `priority` select Fast mode, `auto` uses the project setting.',
} as const;

export const reasoningEffortValues = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;

/**
 * No `default` here although the spec says `medium`: the real default depends on the model
 * (gpt-5.1 defaults to `none`, api-facts §3.3), and an editor hover saying "medium" would mislead.
 */
export const reasoningEffortSchema = {
  type: ['string', 'null'],
  enum: [...reasoningEffortValues, null],
  description: 'How much effort a reasoning model spends on reasoning; not every model accepts every value.',
} as const;

export const verbosityValues = ['low', 'medium', 'high'] as const;

export const verbositySchema = {
  type: ['string', 'null'],
  enum: [...verbosityValues, null],
  default: 'medium',
  description: 'How concise or verbose the response should be.',
} as const;

export const stopSchema = {
  description: 'Up to 4 sequences at which generation stops; not supported by the latest reasoning models.',
  anyOf: [
    { type: 'string', description: 'A single stop sequence.' },
    {
      type: 'array',
      minItems: 1,
      maxItems: 4,
      items: { type: 'string', description: 'A stop sequence.' },
      description: 'One to four stop sequences.',
    },
    { type: 'null' },
  ],
} as const;

export const userSchema = {
  type: 'string',
  deprecated: true,
  description: 'Deprecated end-user identifier; use `safety_identifier` and `prompt_cache_key` instead.',
} as const;

export const safetyIdentifierSchema = {
  type: ['string', 'null'],
  maxLength: 64,
  description: 'A stable, preferably hashed, end-user id (at most 64 characters) that helps OpenAI detect policy abuse.',
} as const;

export const promptCacheKeySchema = {
  type: ['string', 'null'],
  description: 'A key that groups similar requests to raise prompt cache hit rates; replaces `user` for caching.',
} as const;

export const promptCacheRetentionSchema = {
  type: ['string', 'null'],
  enum: ['in_memory', '24h', null],
  deprecated: true,
  description: 'Deprecated maximum prompt-cache retention; use `prompt_cache_options.ttl` (gpt-5.5 and later accept only `24h`).',
} as const;

export const promptCacheOptionsSchema = {
  type: 'object',
  description: 'Prompt caching options (gpt-5.6 and later): breakpoint mode and minimum cache lifetime.',
  properties: {
    ttl: {
      type: 'string',
      enum: ['30m'],
      description: 'Minimum lifetime of every cache breakpoint the request writes; `30m` is the only value.',
    },
    mode: {
      type: 'string',
      enum: ['implicit', 'explicit'],
      description: '`implicit` adds an automatic breakpoint; `explicit` uses only the breakpoints marked on content.',
    },
  },
  additionalProperties: false,
} as const;

export const promptCacheBreakpointSchema = {
  type: 'object',
  description: 'Marks the end of a reusable prompt prefix as an explicit cache breakpoint.',
  properties: {
    mode: { const: 'explicit', default: 'explicit', description: 'Always `explicit`.' },
  },
  required: ['mode'],
  additionalProperties: false,
} as const;

const moderationConfigSchema = {
  type: ['object', 'null'],
  description: 'How moderation treats this side of the exchange.',
  properties: {
    mode: {
      type: 'string',
      enum: ['score', 'block'],
      description: '`score` only reports moderation scores; `block` stops flagged content.',
    },
  },
  required: ['mode'],
  additionalProperties: false,
} as const;

export const moderationSchema = {
  type: ['object', 'null'],
  description: 'Runs a moderation model over the request input and the generated output.',
  properties: {
    model: { type: 'string', description: 'The moderation model, e.g. `omni-moderation-latest`.' },
    policy: {
      type: ['object', 'null'],
      description: 'Moderation policy for input and output.',
      properties: {
        input: { ...moderationConfigSchema, description: 'Moderation policy for the request input.' },
        output: { ...moderationConfigSchema, description: 'Moderation policy for the generated output.' },
      },
      additionalProperties: false,
    },
  },
  required: ['model'],
  additionalProperties: false,
} as const;
