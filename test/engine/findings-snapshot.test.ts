/**
 * What reqlint finds, frozen: on the bundled examples, on every rule's doc examples and on seeded
 * samples of the property generators (valid requests and every rule's planted violations). An engine
 * change that should change no finding (a refactor, a speed-up) must leave this file as it is; a change
 * that is meant to change findings updates it with `npx vitest run -u test/engine/findings-snapshot.test.ts`
 * and the diff shows exactly what changed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint, lintJsonLines, type Diagnostic } from '../../src/index.js';
import { readDocExamples, readRuleDoc, REPO_ROOT } from '../support/rule-docs.js';
import { validChatRequest } from '../support/valid-requests.js';
import { VIOLATIONS } from '../properties/violations/index.js';

/** The examples as they were when the snapshot was first taken; new examples have tests of their own. */
const EXAMPLES = [
  'examples/batch/nightly-summaries.jsonl',
  'examples/batch/weekly-digest.jsonl',
  'examples/extraction-strict-schema.json',
  'examples/langchain/chatopenai-options.json',
  'examples/langchain/o3-agent.jsonc',
  'examples/logged-requests.jsonl',
  'examples/reasoning-legacy-params.jsonc',
  'examples/responses/research-agent.json',
  'examples/responses/support-bot.json',
  'examples/weather-tools.json',
];
/** Seeded samples, so the snapshot does not depend on the property run count. */
const SAMPLES_PER_GENERATOR = 6;

function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => JSON.stringify(d));
}

describe('findings snapshot', () => {
  it('is unchanged on examples, doc examples and generated requests', async () => {
    const found: Record<string, string[]> = {};
    for (const file of EXAMPLES) {
      const text = readFileSync(REPO_ROOT + file, 'utf8');
      found[file] = summary(file.endsWith('.jsonl') ? lintJsonLines(text, {}) : lint(text).diagnostics);
    }
    for (const rule of builtinRules) {
      readDocExamples(readRuleDoc(rule.id) ?? '').forEach((example, index) => {
        found[`doc ${rule.id} #${index}`] = summary(lint(example.code, { rules: { [rule.id]: 'error' } }).diagnostics);
      });
    }
    fc.sample(validChatRequest(), { numRuns: SAMPLES_PER_GENERATOR * 4, seed: 1 }).forEach(({ request }, index) => {
      found[`valid chat #${index}`] = summary(lint(request, { preset: 'all' }).diagnostics);
    });
    for (const [ruleId, violation] of Object.entries(VIOLATIONS).sort(([a], [b]) => a.localeCompare(b))) {
      fc.sample(violation, { numRuns: SAMPLES_PER_GENERATOR, seed: 2 }).forEach(({ request, api }, index) => {
        found[`violation ${ruleId} #${index}`] = summary(lint(request, { api: api ?? 'chat.completions', preset: 'all' }).diagnostics);
      });
    }
    await expect(JSON.stringify(found, null, 1) + '\n').toMatchFileSnapshot('./__snapshots__/findings.json');
  });
});
