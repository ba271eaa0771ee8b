import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix/apply-fixes.js';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import type { ModelRegistry } from '../../src/models/registry.js';
import type { AnyRule } from '../../src/rule.js';
import type { ApiOption } from '../../src/types.js';

/**
 * An ESLint-style rule tester: `valid` cases must give no finding from the rule, `invalid` cases must
 * give exactly the listed findings (by messageId, path and, when given, data), and `output` is the
 * body after safe fixes (`null` = no fix offered). It runs the rule alone, at severity `error`, so a
 * case tests one rule; it fails on duplicate cases and on fixes that are not idempotent.
 */
export interface ValidCase {
  name?: string;
  code: object | string;
  api?: ApiOption;
  options?: unknown;
}

export interface ExpectedError {
  messageId: string;
  path?: string;
  data?: Record<string, string>;
  /** Number of editor suggestions offered. */
  suggestions?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The fixed body; `null` asserts that no safe fix is offered. Omitted: not checked. */
  output?: object | string | null;
}

export interface RuleTesterOptions {
  registry?: ModelRegistry;
}

export function runRuleTests(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }, tester: RuleTesterOptions = {}): void {
  const seen = new Set<string>();
  const key = (c: ValidCase) => JSON.stringify([c.code, c.api, c.options]);
  const optionsFor = (c: ValidCase): LintOptions => ({
    api: c.api ?? 'auto',
    ruleModules: [rule],
    rules: { [rule.id]: c.options === undefined ? 'error' : ['error', c.options] },
    ...(tester.registry ? { registry: tester.registry } : {}),
  });
  const label = (c: ValidCase, index: number) =>
    c.name ?? (typeof c.code === 'string' ? c.code : JSON.stringify(c.code)).slice(0, 100) + ` (#${index})`;

  describe(rule.id, () => {
    it('has no duplicate test cases', () => {
      for (const c of [...cases.valid, ...cases.invalid]) {
        expect(seen.has(key(c)), `duplicate case ${key(c)}`).toBe(false);
        seen.add(key(c));
      }
    });

    cases.valid.forEach((c, index) => {
      it(`valid: ${label(c, index)}`, () => {
        const findings = lint(c.code, optionsFor(c)).diagnostics.filter((d) => d.ruleId === rule.id);
        expect(findings).toEqual([]);
      });
    });

    cases.invalid.forEach((c, index) => {
      it(`invalid: ${label(c, index)}`, () => {
        const options = optionsFor(c);
        const findings = lint(c.code, options).diagnostics.filter((d) => d.ruleId === rule.id);
        expect(findings.map((d) => d.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((expected, i) => {
          const actual = findings[i]!;
          if (expected.path !== undefined) expect(actual.path).toBe(expected.path);
          if (expected.data !== undefined) expect(actual.data).toMatchObject(expected.data);
          if (expected.suggestions !== undefined) expect(actual.suggestions?.length ?? 0).toBe(expected.suggestions);
          expect(actual.message).not.toMatch(/\{\{\s*\w+\s*\}\}/);
        });
        if (c.output === undefined) return;
        const fixed = applyFixes(c.code as object, options);
        if (c.output === null) {
          expect(
            findings.some((d) => d.fix !== undefined),
            'expected no safe fix',
          ).toBe(false);
          return;
        }
        expect(fixed.output).toEqual(c.output);
        const again = applyFixes(fixed.output as object, options);
        expect(again.output, 'fix is not idempotent').toEqual(fixed.output);
        expect(again.changed).toBe(false);
      });
    });
  });
}
