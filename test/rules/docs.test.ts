import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { readDocExamples, readRuleDoc } from '../support/rule-docs.js';

/**
 * Docs that run: every rule's Markdown examples are linted with the full recommended configuration
 * plus the rule itself. An `invalid` block must give exactly one diagnostic, from this rule; a `valid`
 * block must give none at all, so examples stay honest as the catalogue grows.
 */
describe('rule docs examples', () => {
  for (const rule of builtinRules) {
    const doc = readRuleDoc(rule.id) ?? '';
    for (const example of readDocExamples(doc)) {
      it(`${rule.id} ${example.kind} example at line ${example.line}`, () => {
        const { diagnostics } = lint(example.code, { rules: { [rule.id]: 'error' } });
        const summary = diagnostics.map((d) => `${d.ruleId} @${d.path}: ${d.message}`);
        if (example.kind === 'valid') {
          expect(summary).toEqual([]);
        } else {
          expect(summary).toHaveLength(1);
          expect(diagnostics[0]!.ruleId).toBe(rule.id);
        }
      });
    }
  }
});
