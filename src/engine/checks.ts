import type { Severity } from '../types.js';

/**
 * Findings the engine makes itself (parsing, schema validation, model resolution, dialect detection).
 * They have ids, docs and configurable severities like rules, so users control them the same way.
 */
export interface EngineCheck {
  id: string;
  description: string;
  severity: Severity;
  /** Whether a config may turn it off (a syntax error cannot be ignored: nothing else can run). */
  configurable: boolean;
}

export const ENGINE_CHECKS = [
  {
    id: 'parse/syntax',
    description: 'The document is not valid JSON, so nothing else can be checked.',
    severity: 'error',
    configurable: false,
  },
  {
    id: 'parse/duplicate-key',
    description: 'A key appears twice in one object; the API keeps the last value and silently ignores the others.',
    severity: 'warning',
    configurable: true,
  },
  {
    id: 'parse/too-deep',
    description: 'The document nests deeper than reqlint checks (512 levels), so nothing else was checked.',
    severity: 'error',
    configurable: false,
  },
  {
    id: 'parse/jsonl-comments',
    description: 'A comment or trailing comma in a JSON Lines (or Batch) file: each line is sent as JSON, and the API rejects it.',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'parse/json-comments',
    description:
      'A comment or trailing comma in a `.json` file, which tools and the API read as strict JSON; rename the file `.jsonc` to keep them.',
    severity: 'warning',
    configurable: true,
  },
  {
    id: 'parse/invalid-utf8',
    description: 'The file holds bytes that are not UTF-8 (a Latin-1 `é`, say); the API rejects a request body that is not UTF-8.',
    severity: 'error',
    configurable: true,
  },
  { id: 'parse/not-an-object', description: 'A request body must be a JSON object.', severity: 'error', configurable: false },
  {
    id: 'schema/unknown-property',
    description: 'A parameter the API does not accept (it answers `Unknown parameter`), with a did-you-mean for typos.',
    severity: 'error',
    configurable: true,
  },
  { id: 'schema/missing-property', description: 'A required parameter or key is missing.', severity: 'error', configurable: true },
  { id: 'schema/type', description: 'A value has the wrong JSON type.', severity: 'error', configurable: true },
  { id: 'schema/enum', description: 'A value is not one of the values the API accepts.', severity: 'error', configurable: true },
  { id: 'schema/range', description: 'A number is outside the range the API accepts.', severity: 'error', configurable: true },
  {
    id: 'schema/size',
    description: 'A string, array or map is shorter or longer than the API accepts.',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'schema/pattern',
    description: 'A string does not have the form the API requires (e.g. a function name).',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'model/unknown',
    description: 'The model id is not in the capability registry, so model-specific rules were skipped (map it with a model alias).',
    severity: 'info',
    configurable: true,
  },
  {
    id: 'internal/rule-error',
    description: 'A rule failed on this request: a bug in reqlint, reported instead of crashing the caller.',
    severity: 'error',
    configurable: false,
  },
  {
    id: 'dialect/unknown',
    description: 'The document does not look like any request format reqlint knows; pass `api` to say which it is.',
    severity: 'error',
    configurable: false,
  },
  {
    id: 'langchain/no-dropped-options',
    description:
      'A LangChain `ChatOpenAI` option that LangChain drops silently for this model or API (reasoning options on a non-reasoning model, penalties on the Responses API...).',
    severity: 'warning',
    configurable: true,
  },
  {
    id: 'langchain/uses-responses-api',
    description:
      'The LangChain options make `ChatOpenAI` call the Responses API (built-in tools, `useResponsesApi`, `reasoning.summary`...); says which option did it.',
    severity: 'info',
    configurable: true,
  },
  {
    id: 'batch/envelope',
    description:
      'A Batch file line is not `{ custom_id, method: "POST", url, body }` (a key missing or extra, a wrong method or endpoint).',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'batch/url-body-mismatch',
    description: 'A Batch file line sends a body shaped for one API to the endpoint of another.',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'batch/duplicate-custom-id',
    description: 'Two lines of a Batch file share a `custom_id`, so their results cannot be told apart.',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'batch/no-stream',
    description: 'A Batch body with `stream: true`: the Batch API does not stream, and fails the request.',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'batch/mixed-urls',
    description: 'A Batch file sends requests to more than one endpoint; a batch has one endpoint.',
    severity: 'error',
    configurable: true,
  },
  {
    id: 'dialect/assumed',
    description:
      'With `api: auto`, the dialect was told from keys that are not decisive (no `messages` or `input`); says which was assumed and why.',
    severity: 'info',
    configurable: true,
  },
] as const satisfies readonly EngineCheck[];

export type EngineCheckId = (typeof ENGINE_CHECKS)[number]['id'];

const byId = new Map<string, EngineCheck>(ENGINE_CHECKS.map((check) => [check.id, check]));

export function engineCheck(id: string): EngineCheck | undefined {
  return byId.get(id);
}
