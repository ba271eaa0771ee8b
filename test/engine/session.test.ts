import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { sessionFor } from '../../src/engine/session.js';
import { createModelRegistry } from '../../src/models/registry.js';

const bad = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' };
const RULE = 'tools/no-tool-choice-without-tools';

describe('sessions: options resolved once, whether hoisted or written inline', () => {
  it('shares the prepared rules between inline options that say the same, and only those', () => {
    expect(sessionFor({ api: 'responses', rules: { [RULE]: 'warning' } })).toBe(
      sessionFor({ api: 'responses', rules: { [RULE]: 'warning' } }),
    );
    expect(sessionFor({ api: 'responses', rules: { [RULE]: 'warning' } })).not.toBe(
      sessionFor({ api: 'responses', rules: { [RULE]: 'error' } }),
    );
    expect(sessionFor({ modelAliases: { prod: 'o3' } })).not.toBe(sessionFor({ modelAliases: { prod: 'gpt-4.1' } }));
  });

  it("never lets one call's inline options leak into the next call's findings", () => {
    for (const severity of ['off', 'warning', 'error', 'off'] as const) {
      const expected = severity === 'off' ? [] : [severity];
      expect(lint(bad, { rules: { [RULE]: severity } }).diagnostics.map((d) => d.severity)).toEqual(expected);
    }
    expect(lint({ ...bad, model: 'prod' }, { modelAliases: { prod: 'gpt-4.1' } }).model).toEqual({
      requested: 'prod',
      resolved: 'gpt-4.1',
    });
    expect(lint({ ...bad, model: 'prod' }, { modelAliases: { prod: 'o3' } }).model).toEqual({ requested: 'prod', resolved: 'o3' });
  });

  it('matches a registry by identity only', () => {
    const registry = createModelRegistry({ aliases: { prod: 'o3' } });
    const other = createModelRegistry({ aliases: { prod: 'gpt-4.1' } });
    expect(sessionFor({ registry })).toBe(sessionFor({ registry }));
    expect(sessionFor({ registry }).registry).not.toBe(sessionFor({ registry: other }).registry);
    expect(lint({ ...bad, model: 'prod' }, { registry: other }).model?.resolved).toBe('gpt-4.1');
  });

  it('keeps a few recent ones, not every set of options ever seen', () => {
    const first = sessionFor({ rules: { [RULE]: ['warning'] } });
    for (let i = 0; i < 40; i++) sessionFor({ modelAliases: { [`deployment-${i}`]: 'o3' } });
    expect(sessionFor({ rules: { [RULE]: ['warning'] } })).not.toBe(first);
  });
});
