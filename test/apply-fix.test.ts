import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, lint, lintJsonLines, PatchError, type Diagnostic } from '../src/index.js';

const REQUEST = `{
  // the support bot
  "model": "o3",
  "max_tokens": 500,
  "messages": [{ "role": "user", "content": "Where is my order?" }],
  "tool_choice": "auto"
}
`;

const finding = (diagnostics: Diagnostic[], ruleId: string): Diagnostic => {
  const found = diagnostics.find((d) => d.ruleId === ruleId);
  if (found === undefined) throw new Error(`no ${ruleId} finding in ${JSON.stringify(diagnostics.map((d) => d.ruleId))}`);
  return found;
};

/** `applyFix`: one finding's fix or one suggestion, as an editor's quick fix (the playground's buttons). */
describe('applyFix', () => {
  it("applies one finding's safe fix to text, keeping comments and layout, and leaves the other findings alone", () => {
    const { diagnostics } = lint(REQUEST);
    const fixed = applyFix(REQUEST, finding(diagnostics, 'reasoning/no-max-tokens-on-reasoning-model').fix!);
    expect(fixed).toBe(REQUEST.replace('"max_tokens": 500', '"max_completion_tokens": 500'));
    expect(lint(fixed).diagnostics.map((d) => d.ruleId)).toEqual(['tools/no-tool-choice-without-tools']);
  });

  it('gives the text `applyFixes` gives when that fix is the only one', () => {
    const only = REQUEST.replace('  "tool_choice": "auto"\n', '').replace('}],\n', '}]\n');
    const { diagnostics } = lint(only);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
    expect(applyFix(only, diagnostics[0]!.fix!)).toBe(applyFixes(only).output);
  });

  it('applies a suggestion, which `applyFixes` never does', () => {
    const choice = finding(lint(REQUEST).diagnostics, 'tools/no-tool-choice-without-tools');
    expect(choice.fix).toBeUndefined();
    const fixed = applyFix(REQUEST, choice.suggestions![0]!.fix);
    expect(fixed).toBe(REQUEST.replace(',\n  "tool_choice": "auto"', ''));
    expect(JSON.parse(fixed.replace('// the support bot', ''))).not.toHaveProperty('tool_choice');
  });

  it('applies a JSON Lines finding to its own line, which stays one line, and keeps the others byte for byte', () => {
    const first = '{"model":"gpt-4o","messages":[{"role":"user","content":"a"}]}';
    const text = `${first}\r\n{"model":"o3","max_tokens":5,"messages":[{"role":"user","content":"b"}]}\r\n`;
    const [found] = lintJsonLines(text, {});
    expect(found).toMatchObject({ ruleId: 'reasoning/no-max-tokens-on-reasoning-model', line: 2 });
    expect(applyFix(text, found!.fix!, { line: found!.line! })).toBe(
      `${first}\r\n{"model":"o3","max_completion_tokens":5,"messages":[{"role":"user","content":"b"}]}\r\n`,
    );
    expect(() => applyFix(text, found!.fix!, { line: 9 })).toThrow(PatchError);
    // Without its line, the fix would land on the first request (which has no `max_tokens` here, but
    // another file's first line might): refused, with what to pass.
    expect(() => applyFix(text, found!.fix!)).toThrow(/more than one JSON value .*\{ line \}/);
  });

  it('applies to a parsed body on a copy', () => {
    const body = { model: 'o3', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] };
    const fixed = applyFix(body, finding(lint(body).diagnostics, 'reasoning/no-max-tokens-on-reasoning-model').fix!);
    expect(fixed).toEqual({ model: 'o3', max_completion_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
    expect(body).toHaveProperty('max_tokens', 5);
  });

  it('throws PatchError when the text no longer has what the patch changes', () => {
    const fix = finding(lint(REQUEST).diagnostics, 'reasoning/no-max-tokens-on-reasoning-model').fix!;
    expect(() => applyFix(applyFix(REQUEST, fix), fix)).toThrow(PatchError);
  });
});
