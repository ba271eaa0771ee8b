import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { REPO_ROOT } from '../support/rule-docs.js';

/**
 * Every rule has its own unit test file, `test/rules/<area>/<name>.test.ts`, that runs the rule tester
 * on it (docs/adding-a-rule.md): a rule's edge cases are found where its author and reviewer look,
 * not in a shared area file.
 */
describe('one test file per rule', () => {
  it.each(builtinRules.map((rule) => rule.id))('%s has test/rules/%s.test.ts, which tests it', (id) => {
    const file = `${REPO_ROOT}test/rules/${id}.test.ts`;
    expect(existsSync(file), `${file} is missing`).toBe(true);
    // The rule's own module, imported from the test's folder three levels down.
    expect(readFileSync(file, 'utf8')).toContain(`/rules/${id}.js';`);
  });

  it('has no test file in an area folder that names no rule', () => {
    const ids = new Set(builtinRules.map((rule) => rule.id));
    const areas = readdirSync(`${REPO_ROOT}test/rules`, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const stray = areas.flatMap((area) =>
      readdirSync(`${REPO_ROOT}test/rules/${area.name}`)
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => `${area.name}/${file.replace(/\.test\.ts$/, '')}`)
        .filter((id) => !ids.has(id)),
    );
    expect(stray).toEqual([]);
  });
});
