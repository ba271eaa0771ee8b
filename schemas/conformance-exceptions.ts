/**
 * Every deliberate difference between our request schemas and the official OpenAPI spec, in one
 * place. The conformance test (`test/conformance/`) compares the two trees; a mismatch passes only
 * when an entry here names its schema, path, kind (and keyword/value), and an entry that no longer
 * matches anything fails the test too, so this list cannot go stale.
 *
 * Paths read like `messages[]{role=assistant}.tool_calls[]{type=function}.function.name`:
 * `.key` a property, `[]` array items, `{tag=value}` the union branch with that discriminator
 * value, `.*` the values of a map (`additionalProperties`).
 */

export type ConformanceMismatchKind =
  /** The spec has a property that our schema lacks, or the reverse. */
  | 'missing-property'
  | 'extra-property'
  /** The spec requires a property that we leave optional, or the reverse. */
  | 'missing-required'
  | 'extra-required'
  /** The set of JSON types differs (e.g. the spec allows `null`, we do not). */
  | 'type'
  /** An enum value of the spec is missing from ours, or we accept one the spec lacks. */
  | 'missing-enum-value'
  | 'extra-enum-value'
  /** A validation keyword (`maximum`, `maxItems`, `pattern`, `format`, `enum` open/closed, …) differs. */
  | 'constraint'
  /** A tagged-union branch (by discriminator value) is missing from ours, or extra. */
  | 'missing-variant'
  | 'extra-variant'
  /** Open vs closed object, or the schema of a map's values. */
  | 'additional-properties'
  | 'deprecated'
  | 'default';

export interface ConformanceException {
  /** The spec's component schema the comparison starts from, e.g. `CreateChatCompletionRequest`. */
  specSchema: string;
  path: string;
  kind: ConformanceMismatchKind;
  /** For `constraint`: the keyword; for enum kinds: the value; for variant kinds: the tag value. */
  keyword?: string;
  /** Why we differ: shown when the exception is reviewed, so say what the user gains. */
  reason: string;
  /** Where the fact comes from (api-facts section and its sources), when not the spec itself. */
  source?: string;
  /** When the fact was last checked (YYYY-MM-DD). */
  checked?: string;
}

import { responsesConformanceExceptions } from './responses/conformance-exceptions.js';

const chat = 'CreateChatCompletionRequest';

/** When the facts below were last checked against `docs/reference/api-facts.md`. */
const checked = '2026-11-25';

const nameRule = {
  reason:
    'The spec states this name rule only in the description ("a-z, A-Z, 0-9, underscores and dashes, maximum length of 64"); ' +
    'the API enforces it, so we encode it and the user gets the error before sending.',
  source:
    'api-facts §1.3, §5 #5: 400 "string does not match pattern … \'^[a-zA-Z0-9_-]+$\'" (brekkylab/ailoy PR #109, 2025-06; run-llama/llama_index#16093, 2024-09)',
  checked,
} as const;

export const conformanceExceptions: readonly ConformanceException[] = [
  // Limits the spec gives in prose only, encoded as keywords.
  {
    specSchema: chat,
    path: 'metadata',
    kind: 'constraint',
    keyword: 'maxProperties',
    reason: 'The spec describes metadata as "Set of 16 key-value pairs" but has no keyword for it.',
    source: 'SPEC Metadata description; api-facts §1.1, §8 #7',
    checked,
  },
  {
    specSchema: chat,
    path: 'metadata',
    kind: 'constraint',
    keyword: 'propertyNames',
    reason: 'The spec says metadata keys are at most 64 characters, in prose only.',
    source: 'SPEC Metadata description; api-facts §1.1',
    checked,
  },
  {
    specSchema: chat,
    path: 'metadata.*',
    kind: 'constraint',
    keyword: 'maxLength',
    reason: 'The spec says metadata values are at most 512 characters, in prose only.',
    source: 'SPEC Metadata description; api-facts §1.1',
    checked,
  },
  {
    specSchema: chat,
    path: 'logit_bias.*',
    kind: 'constraint',
    keyword: 'minimum',
    reason: 'The spec says each bias is "from -100 to 100" in the description only.',
    source: 'SPEC logit_bias description; api-facts §1.1, §8 #9',
    checked,
  },
  {
    specSchema: chat,
    path: 'logit_bias.*',
    kind: 'constraint',
    keyword: 'maximum',
    reason: 'The spec says each bias is "from -100 to 100" in the description only.',
    source: 'SPEC logit_bias description; api-facts §1.1, §8 #9',
    checked,
  },

  // Limits the API enforces that the spec does not state at all.
  {
    specSchema: chat,
    path: 'tools',
    kind: 'constraint',
    keyword: 'maxItems',
    reason: 'The spec sets no maximum, but the API rejects more than 128 tools.',
    source:
      'api-facts §5 #4: "Invalid \'tools\': array too long. Expected an array with maximum length 128" ' +
      '(vishalmysore/Tools4AI#16, 2024-05; musistudio/claude-code-router#686, 2025-08)',
    checked,
  },
  {
    specSchema: chat,
    path: 'messages[]{role=assistant}.tool_calls[]{type=function}.function.name',
    kind: 'constraint',
    keyword: 'pattern',
    reason: 'The API applies the function-name pattern to replayed tool calls as well as to tool definitions.',
    source: 'api-facts §5 #5 (mcp-use/mcp-use#90)',
    checked,
  },

  // Function and response-format names.
  { specSchema: chat, path: 'tools[]{type=function}.function.name', kind: 'constraint', keyword: 'pattern', ...nameRule },
  { specSchema: chat, path: 'tools[]{type=function}.function.name', kind: 'constraint', keyword: 'maxLength', ...nameRule },
  { specSchema: chat, path: 'functions[].name', kind: 'constraint', keyword: 'pattern', ...nameRule },
  { specSchema: chat, path: 'functions[].name', kind: 'constraint', keyword: 'maxLength', ...nameRule },
  { specSchema: chat, path: 'response_format{type=json_schema}.json_schema.name', kind: 'constraint', keyword: 'pattern', ...nameRule },
  { specSchema: chat, path: 'response_format{type=json_schema}.json_schema.name', kind: 'constraint', keyword: 'maxLength', ...nameRule },

  // Participant names: the spec gives no rule at all, and the API holds them to the function-name pattern.
  ...(['developer', 'system', 'user', 'assistant'] as const).map((role) => ({
    specSchema: chat,
    path: `messages[]{role=${role}}.name`,
    kind: 'constraint' as const,
    keyword: 'pattern',
    reason:
      "The spec says nothing of the form of a participant name, but the API answers a name with a space with 400 \"Invalid 'messages[0].name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.\" (code invalid_value).",
    source: 'api-facts §5 #46 (AutoGen users with agent names such as "Travel Agent": code search, quoted in tests; 2024–2025)',
    checked: '2026-12-07',
  })),

  // Defaults we do not repeat.
  {
    specSchema: chat,
    path: 'reasoning_effort',
    kind: 'default',
    reason:
      "The spec's `medium` is not every model's default (gpt-5.1 defaults to `none`, gpt-5-pro to `high`); " +
      'an editor hover would mislead, so the model table owns defaults.',
    source: 'api-facts §3.3 (openai-node shared.ts doc comments, 2025-11 … 2026-07)',
    checked,
  },
  // Responses API (`CreateResponse`): kept beside its schema, grouped by reason.
  ...responsesConformanceExceptions,
];
