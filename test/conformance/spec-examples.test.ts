import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { Api } from '../../src/types.js';
import { loadOpenApiExtract } from '../support/spec-path.js';

/**
 * The request examples OpenAI's spec embeds for `createChatCompletion` and `createResponse`
 * (`x-oaiMeta.examples`, the curl commands of the API reference) are requests the API accepts, so
 * reqlint must find no error in any of them: an error here is a false positive of our schemas or
 * rules. Placeholder model ids (`VAR_chat_model_id`) stand for any current model; a real one is put
 * in their place.
 */

const OPERATIONS: ReadonlyArray<{ path: string; operationId: string; api: Api }> = [
  { path: '/chat/completions', operationId: 'createChatCompletion', api: 'chat.completions' },
  { path: '/responses', operationId: 'createResponse', api: 'responses' },
];

/**
 * Examples the API itself refuses, so the error is right and the example is stale: each names the
 * one error it must get, why, and the report of the API's refusal. Keep this list to what a source
 * shows; anything else failing here is a false positive to fix in `schemas/` or `rules/`.
 */
const EXAMPLES_THE_API_REJECTS: Readonly<Record<string, { ruleId: string; why: string; source: string }>> = {
  'createChatCompletion: Image input': {
    ruleId: 'reasoning/no-max-tokens-on-reasoning-model',
    why: "The example sends `max_tokens: 300` to `gpt-5.4` (its model was updated from an older one, its parameters were not); gpt-5 family models answer 400 \"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\"",
    source: 'gh:koosoli/ESPHomeDesigner#379 (2026-04-10, that 400 for gpt-5.4 and gpt-5.4-mini); api-facts §5 #9',
  },
};

/** What the placeholders stand for: a current model each API takes. */
const PLACEHOLDER_MODELS: Readonly<Record<string, string>> = { VAR_chat_model_id: 'gpt-4.1', VAR_model_id: 'gpt-4.1' };

/** The JSON body of a curl example: the single-quoted argument of `-d`. */
function bodyOf(curl: string): Record<string, unknown> {
  const match = /-d '([\s\S]*?)'\s*$/.exec(curl.trim());
  if (match === null) throw new Error(`no -d '...' body in the example:\n${curl}`);
  const text = match[1]!.replace(/"(VAR_[a-z_]+)"/g, (whole, name: string) => {
    const model = PLACEHOLDER_MODELS[name];
    if (model === undefined) throw new Error(`unknown placeholder ${name}: say which model it stands for`);
    return JSON.stringify(model);
  });
  return JSON.parse(text) as Record<string, unknown>;
}

const spec = loadOpenApiExtract();
const examples = OPERATIONS.flatMap(({ path, operationId, api }) => {
  const operation = spec.paths[path]?.post;
  if (operation?.operationId !== operationId) throw new Error(`${operationId} is not at POST ${path} in the spec extract`);
  return operation['x-oaiMeta'].examples.map((example) => ({
    name: `${operationId}: ${example.title ?? 'untitled'}`,
    api,
    curl: example.request.curl ?? '',
  }));
});

describe("the spec's own request examples lint without errors", () => {
  it('reads every example of both operations', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((example) => example.api))).toEqual(new Set(['chat.completions', 'responses']));
  });

  it.each(examples)('$name', ({ name, api, curl }) => {
    const errors = lint(bodyOf(curl), { api, preset: 'all' }).diagnostics.filter((d) => d.severity === 'error');
    const rejected = EXAMPLES_THE_API_REJECTS[name];
    if (rejected === undefined) expect(errors.map((d) => `${d.ruleId} @${d.path}: ${d.message}`)).toEqual([]);
    else
      expect(
        errors.map((d) => d.ruleId),
        rejected.why,
      ).toEqual([rejected.ruleId]);
  });

  it('lists as rejected only examples that exist', () => {
    for (const name of Object.keys(EXAMPLES_THE_API_REJECTS)) expect(examples.map((example) => example.name)).toContain(name);
  });
});
