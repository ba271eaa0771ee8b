import type { Api } from '../types.js';

/**
 * The vocabulary of the model capability registry. Rules ask these questions and never name models.
 * Every answer may be `null`, meaning "the sources do not settle it": rules must then stay silent
 * rather than guess.
 */

export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

/** A yes/no fact that may be unknown (`null`). */
export type Tri = boolean | null;

/** Capabilities that are a plain yes/no/unknown per model. */
export const FEATURES = [
  /** Image content parts (`image_url` / `input_image`). */
  'vision',
  /** `input_audio` content parts. */
  'audioInput',
  /** `modalities: ["audio"]` with `audio` output options. */
  'audioOutput',
  /** The model refuses requests with neither audio input nor audio output (gpt-4o-audio-preview and kin). */
  'requiresAudio',
  /** `json_schema` response format / text format (Structured Outputs). */
  'structuredOutputs',
  /** Function tools (`tools` with type function). */
  'functionCalling',
  /** `strict: true` on function tools. */
  'strictTools',
  /** Accepts the `parallel_tool_calls` parameter at all (o-series reject even `false`). */
  'parallelToolCalls',
  /** `verbosity` values other than `medium`. */
  'verbosity',
  /** Predicted Outputs (`prediction`). */
  'prediction',
  /** `web_search_options` on Chat Completions (the search models). */
  'webSearchOptions',
  /** `stream: true`. */
  'streaming',
  /** Messages with `role: "system"`. */
  'systemRole',
  /** Messages with `role: "developer"`. */
  'developerRole',
  /** Chat Completions accepts function tools while reasoning (effort other than `none`). */
  'functionToolsWithReasoningOnChat',
  /** `prompt_cache_options`. */
  'promptCacheOptions',
  /** `prompt_cache_retention: "in_memory"` (SPEC: gpt-5.5, gpt-5.5-pro and later accept only `24h`). */
  'promptCacheRetentionInMemory',
] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * How a model treats a request parameter (named as on Chat Completions; the Responses equivalents are
 * mapped by the rules' parameter table).
 * - `supported`: accepted and honoured.
 * - `rejected`: any value is a 400.
 * - `default-only`: only the default value is accepted (e.g. `temperature: 1` on o3); others are a 400.
 * - `effort-none-only`: accepted only when reasoning effort is `none` (gpt-5.1 and later).
 * - `ignored`: accepted and silently has no effect.
 * - `null`: unknown.
 */
export type ParameterSupport = 'supported' | 'rejected' | 'default-only' | 'effort-none-only' | 'ignored';

/** The request parameters whose support the model table records per model (sampling, `n`, `seed`, `max_tokens`). */
export const MODEL_PARAMETERS = [
  'temperature',
  'top_p',
  'frequency_penalty',
  'presence_penalty',
  'logprobs',
  'top_logprobs',
  'logit_bias',
  'stop',
  'n',
  'seed',
  'max_tokens',
] as const;
export type ModelParameter = (typeof MODEL_PARAMETERS)[number];

export type ServiceTier = 'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | 'ultrafast';

export interface ReasoningCapability {
  /** Effort values the model accepts. */
  efforts: readonly ReasoningEffort[] | null;
  /** The effort applied when the request names none. */
  defaultEffort: ReasoningEffort | null;
  /** Whether an explicit `reasoning_effort: null` is accepted (gpt-5.1 rejects it). */
  acceptsNullEffort: Tri;
}

/** Where a fact came from; `key` refers to the `sources` table of the data file. */
export interface SourceRef {
  key: string;
  title: string;
  url?: string;
  /** Date of the source snapshot that was read. */
  snapshot: string;
}

/** What `resolveModel` returns: the capabilities of the entry the requested id resolved to. */
export interface ResolvedModel {
  /** The id as written in the request. */
  requestedId: string;
  /**
   * The known id the request resolved to: the id itself when the data lists it, else the base model of a
   * snapshot or fine-tune, or the end of an alias chain. Ids grouped in one data entry keep their own id
   * here (`gpt-4o-mini` stays `gpt-4o-mini`); `entryId` names the group.
   */
  id: string;
  /** How the id was resolved. */
  via: 'exact' | 'snapshot' | 'fine-tune' | 'alias' | 'custom';
  fineTuned: boolean;
  /** Which APIs serve this model (`responses` only for Responses-only models). */
  apis: readonly Api[];
  /**
   * `null` when the model does not reason; `undefined` is never used. Unknown is `isReasoning === null`;
   * then `reasoning` may still carry what is known (gpt-5.2-chat-latest accepts only `medium`) or be `null`.
   */
  reasoning: ReasoningCapability | null;
  isReasoning: Tri;
  supports(feature: Feature): Tri;
  /** `null` when unknown. */
  parameter(name: ModelParameter): ParameterSupport | null;
  /** Tiers the model offers; `null` when unknown. `auto` and `default` are always offered. */
  serviceTiers: readonly ServiceTier[] | null;
  /** Where the entry's facts came from, and when they were checked. */
  sources: readonly SourceRef[];
  checked: string;
  /*
   * Added by the registry; optional only so that hand-built fixtures need not provide them. Registry
   * results always have them.
   */
  /** The first id of the data entry this id resolved to: ids with the same `entryId` share every fact. */
  entryId?: string;
  /**
   * Whether the model offers a tier: `auto`/`default` always; `fast` answers as `priority` (one tier);
   * `scale` is an account contract, never tracked per model (`null`). Prefer this to `serviceTiers`,
   * which is `null` as soon as any one tier is unknown.
   */
  serviceTier?(tier: ServiceTier): Tri;
  /** Whether a wire API serves the model; `null` where sources conflict (warn rather than error). */
  servesApi?(api: Api): Tri;
  /** Token limits; `null` (or absent on hand-built fixtures) when the data has none for the model. */
  limits?: TokenLimits | null;
  /** What the data says is uncertain about this model, for hover text and `--explain` output. */
  notes?: readonly string[];
}

/** Token limits of a model; each `null` when the sources do not give it (then nothing is checked). */
export interface TokenLimits {
  maxOutputTokens: number | null;
  maxInputTokens: number | null;
  /** Where the limits came from, and when they were read. */
  source: SourceRef;
  checked: string;
}

/** A user-supplied alias (e.g. an Azure deployment name) mapped to a base model id. */
export type ModelAliases = Readonly<Record<string, string>>;

/** The entry and file shapes of `data/models.json`, derived from their schema. */
export type { ModelEntry, ModelSource, ModelCapabilitiesFile, FineTuneOverrides } from '../../schemas/model-capabilities.js';
