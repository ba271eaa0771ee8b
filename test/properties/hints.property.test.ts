/**
 * `meta.triggers` is a hint the engine may use to skip a rule's whole-body visitors. It must never
 * change what is found: the same requests linted by rules without hints give the same diagnostics.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint, type LintOptions } from '../../src/index.js';
import { validChatRequest } from '../support/valid-requests.js';
import { validLangChainOptions, validResponsesRequest } from '../support/valid-dialect-requests.js';
import { VIOLATIONS } from './violations/index.js';

const withoutHints: LintOptions = {
  preset: 'all',
  ruleModules: builtinRules.map((rule) => ({ ...rule, meta: { ...rule.meta, triggers: undefined } })),
};
const withHints: LintOptions = { preset: 'all' };

const requests = fc.oneof(
  validChatRequest().map(({ request }) => ({ request, api: 'chat.completions' as const })),
  validResponsesRequest().map(({ request }) => ({ request, api: 'responses' as const })),
  validLangChainOptions().map(({ request }) => ({ request, api: 'langchain' as const })),
  ...Object.values(VIOLATIONS).map((violation) =>
    violation.map(({ request, api }) => ({ request, api: api ?? ('chat.completions' as const) })),
  ),
);

describe('rule hints', () => {
  it('some built-in rules give hints (so this test tests something)', () => {
    expect(builtinRules.filter((rule) => rule.meta.triggers !== undefined).length).toBeGreaterThan(10);
  });

  it('never change what is found, on valid requests and planted mistakes of every dialect', () => {
    fc.assert(
      fc.property(requests, ({ request, api }) => {
        expect(lint(request, { ...withHints, api }).diagnostics).toEqual(lint(request, { ...withoutHints, api }).diagnostics);
      }),
    );
  });
});
