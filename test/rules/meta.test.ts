import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ENGINE_CHECKS } from '../../src/engine/checks.js';
import { lint } from '../../src/engine/lint.js';
import { listRuleFiles } from '../../src/generate/rules-index.js';
import { readDocExamples, readRuleDoc, REPO_ROOT } from '../support/rule-docs.js';

describe('rule catalogue', () => {
  it('registers every rule file, and nothing else', () => {
    const ids = listRuleFiles(`${REPO_ROOT}rules`).map((file) => file.replace(/\.ts$/, ''));
    expect(builtinRules.map((r) => r.id)).toEqual(ids);
  });

  it('documents every engine check beside the rules', () => {
    for (const check of ENGINE_CHECKS)
      expect(readRuleDoc(check.id), `rules/${check.id}.md is missing`).toMatch(new RegExp(`^# ${check.id}\n`));
  });

  it('has unique ids', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of builtinRules) {
    describe(rule.id, () => {
      const source = readFileSync(`${REPO_ROOT}rules/${rule.id}.ts`, 'utf8');

      it('has an id of the form area/name', () => {
        expect(rule.id).toMatch(/^[a-z][a-z-]*\/[a-z][a-z0-9-]*$/);
      });

      it('has a doc beside it with a title, valid and invalid examples', () => {
        const doc = readRuleDoc(rule.id);
        expect(doc, `rules/${rule.id}.md is missing`).toBeDefined();
        expect(doc!.startsWith(`# ${rule.id}\n`)).toBe(true);
        const kinds = readDocExamples(doc!).map((e) => e.kind);
        expect(kinds).toContain('valid');
        expect(kinds).toContain('invalid');
        expect(doc).toMatch(/## When not to use it/);
      });

      it('uses every message it declares', () => {
        for (const messageId of Object.keys(rule.meta.messages)) {
          expect(source, `message "${messageId}" is never reported`).toMatch(new RegExp(`['"]${messageId}['"]`));
        }
      });

      it('shows its fix and suggestions in its doc examples when it declares them', () => {
        // The engine refuses fixes and suggestions a rule did not declare; this checks the converse.
        const found = readDocExamples(readRuleDoc(rule.id) ?? '')
          .filter((e) => e.kind === 'invalid')
          .flatMap((e) => lint(e.code, { rules: { [rule.id]: 'error' } }).diagnostics.filter((d) => d.ruleId === rule.id));
        if (rule.meta.fixable)
          expect(
            found.some((d) => d.fix !== undefined),
            'no example shows the fix',
          ).toBe(true);
        if (rule.meta.hasSuggestions)
          expect(
            found.some((d) => (d.suggestions?.length ?? 0) > 0),
            'no example shows a suggestion',
          ).toBe(true);
      });

      it('has a one-line description and applies to at least one API', () => {
        expect(rule.meta.description).not.toMatch(/\n/);
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(rule.meta.apis.length).toBeGreaterThan(0);
      });

      it('has visitors', () => {
        const visitors = rule.create({ options: rule.meta.defaultOptions, api: rule.meta.apis[0] });
        expect(Object.keys(visitors).length).toBeGreaterThan(0);
      });

      it('imports only the rule API and schemas, never the engine, a dialect or a front-end', () => {
        const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
        expect(imports.filter((specifier) => specifier !== '../../src/rule-api.js' && !specifier.startsWith('../../schemas/'))).toEqual([]);
      });

      it('does not hard-code model names (it asks the registry)', () => {
        const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        // Anywhere in the code, messages included, in any case: facts about models live in data/.
        expect(code).not.toMatch(/\b(gpt-\d|o\d-|chatgpt-|codex-)/i);
      });
    });
  }
});
