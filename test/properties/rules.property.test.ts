import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { validChatRequest } from '../support/valid-requests.js';
import { VIOLATIONS } from './violations/index.js';

describe('every rule catches its generated violations', () => {
  it('has a violation generator for every rule', () => {
    expect(Object.keys(VIOLATIONS).sort()).toEqual(builtinRules.map((r) => r.id).sort());
  });

  for (const [ruleId, violation] of Object.entries(VIOLATIONS)) {
    it(ruleId, () => {
      fc.assert(
        fc.property(violation, ({ request, path, api: violationApi = 'chat.completions' }) => {
          const found = lint(request, { api: violationApi, preset: 'all' }).diagnostics.filter((d) => d.ruleId === ruleId);
          expect(found.map((d) => d.path)).toContain(path);
        }),
      );
    });
  }
});

describe('valid requests', () => {
  it('generated from model capabilities give no errors or warnings', () => {
    fc.assert(
      fc.property(validChatRequest(), ({ request }) => {
        const findings = lint(request, { preset: 'all' }).diagnostics.filter((d) => d.severity !== 'info');
        expect(findings.map((d) => `${d.ruleId} @${d.path}: ${d.message}`)).toEqual([]);
      }),
    );
  });
});
