import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { ConfigError, type RuleSetting } from '../../src/engine/settings.js';
import { assertValidRequest, RequestLintError } from '../../src/assert.js';

const bad = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' };

describe('lint options', () => {
  it('turns a rule off, or changes its severity', () => {
    expect(lint(bad, { rules: { 'tools/no-tool-choice-without-tools': 'off' } }).diagnostics).toEqual([]);
    expect(lint(bad, { rules: { 'tools/no-tool-choice-without-tools': 'warning' } }).diagnostics.map((d) => d.severity)).toEqual([
      'warning',
    ]);
  });

  it('rejects an unknown rule id with a did-you-mean, as a ConfigError', () => {
    expect(() => lint(bad, { rules: { 'no-tool-choice-without-tools': 'off' } })).toThrow(ConfigError);
    expect(() => lint(bad, { rules: { 'no-tool-choice-without-tools': 'off' } })).toThrow(
      /did you mean "tools\/no-tool-choice-without-tools"/,
    );
  });

  it('rejects a bad severity', () => {
    expect(() => lint(bad, { rules: { 'tools/no-tool-choice-without-tools': 'fatal' as never } })).toThrow(
      'Rule "tools/no-tool-choice-without-tools": severity must be one of "off" (or 0), "info", "warning" (or "warn", 1), "error" (or 2); got "fatal".',
    );
    expect(() => lint(bad, { rules: { 'tools/no-tool-choice-without-tools': 'Error' as never } })).toThrow(
      /got "Error"\. Did you mean "error"\? Severities are lower case\.$/,
    );
  });

  it("takes ESLint's severity spellings in the library's rules option", () => {
    const severities = (setting: RuleSetting) =>
      lint(bad, { rules: { 'tools/no-tool-choice-without-tools': setting } }).diagnostics.map((d) => d.severity);
    expect(severities('warn')).toEqual(['warning']);
    expect(severities(1)).toEqual(['warning']);
    expect(severities(2)).toEqual(['error']);
    expect(severities(['warn'])).toEqual(['warning']);
    expect(severities(0)).toEqual([]);
  });

  it('does not let the syntax check be turned off', () => {
    expect(() => lint(bad, { rules: { 'parse/syntax': 'off' } })).toThrow(ConfigError);
  });

  it('raises warnings to errors in the strict preset', () => {
    const body = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], audio: { voice: 'alloy', format: 'wav' } };
    expect(lint(body).diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(lint(body, { preset: 'strict' }).diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
});

describe('models', () => {
  it('says once that a model is unknown and skips model rules', () => {
    const body = { model: 'my-deployment', max_tokens: 10, reasoning_effort: 'high', messages: [{ role: 'user', content: 'hi' }] };
    const { diagnostics } = lint(body);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([['model/unknown', 'info', '/model']]);
    expect(diagnostics[0]!.message).toMatch(/`my-deployment` is not in reqlint's capability registry/);
  });

  it('applies the base model of an alias (an Azure deployment name)', () => {
    const body = { model: 'my-deployment', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] };
    const { diagnostics, model } = lint(body, { modelAliases: { 'my-deployment': 'o3' } });
    expect(model).toEqual({ requested: 'my-deployment', resolved: 'o3' });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
    expect(diagnostics[0]!.message).toContain('`my-deployment`');
  });

  it('resolves dated snapshots and fine-tunes to their base model', () => {
    for (const model of ['o3-2025-04-16', 'ft:o4-mini-2025-04-16:acme::abc123']) {
      const { diagnostics } = lint({ model, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
    }
  });
});

describe('assertValidRequest', () => {
  it('throws with every error listed, and passes warnings through', () => {
    expect(() => assertValidRequest(bad)).toThrow(RequestLintError);
    expect(() => assertValidRequest(bad)).toThrow(/tool_choice: `tool_choice` is "auto" but the request has no `tools`/);
    const warnOnly = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], audio: { voice: 'alloy', format: 'wav' } };
    expect(assertValidRequest(warnOnly).map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('findings about an aliased model', () => {
  it('say which model the alias resolved to', () => {
    const body = { model: 'prod-gpt4', reasoning_effort: 'low', messages: [{ role: 'user', content: 'hi' }] };
    const [finding] = lint(body, { modelAliases: { 'prod-gpt4': 'gpt-4.1' } }).diagnostics;
    expect(finding!.message).toBe(
      '`reasoning_effort` is set but `prod-gpt4` is not a reasoning model, and the API rejects it; remove it or use a reasoning model (`prod-gpt4` is an alias of `gpt-4.1`).',
    );
  });
});
