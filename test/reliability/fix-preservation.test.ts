/**
 * The fix-preservation property: whatever the layout (comments, odd spacing, blanks before commas,
 * mixed line endings, non-ASCII), removing a property changes nothing but what the removal owns:
 * the property, one separating comma, the whitespace between them, the blanks just before that
 * comma on its line, and the property's line when it had the line to itself. Every comment,
 * including the neighbours', survives byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatchToText } from '../../src/engine/fix/text-fixes.js';
import { applyFixes } from '../../src/index.js';
import { parse } from 'jsonc-parser';

interface Member {
  key: string;
  value: string;
  before: string;
  /** Blanks between the value and its comma (`] , "tools"`). */
  beforeComma: string;
  leadingComment: string;
  trailingComment: string;
  eol: string;
}

const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t ');
const eol = fc.constantFrom('', '\n', '\r\n', ' ');
const text = fc.constantFrom('plain', 'naïve café', '日本語', 'emoji 🎉', 'quote \\" and \\\\ slash', '[{,}]');
const value = fc.oneof(
  fc.integer().map(String),
  text.map((t) => `"${t}"`),
  fc.constantFrom('true', 'null', '[1, 2]', '{"a": [ ]}', '[]'),
);
const member = fc.record({
  value,
  before: blank,
  beforeComma: blank,
  leadingComment: fc.constantFrom('', '/* lead ü */ ', '/*x*/'),
  trailingComment: fc.constantFrom('', ' // trail ü', ' /* t */'),
  eol,
});

function render(members: Member[], closingSpace: string): string {
  let out = '{';
  members.forEach((m, i) => {
    const last = i === members.length - 1;
    // A line comment must end its line, or it would swallow what follows.
    const lineEnd = m.trailingComment.startsWith(' //') && !m.eol.includes('\n') ? '\n' : m.eol;
    out += `${m.eol.includes('\n') ? m.eol : ''}${m.before}${m.leadingComment}"${m.key}": ${m.value}${last ? '' : m.beforeComma + ','}${m.trailingComment}${lineEnd}`;
  });
  return out + closingSpace + '}';
}

const documents = fc.tuple(fc.array(member, { minLength: 1, maxLength: 6 }), blank, fc.nat()).map(([members, closing, pick]) => {
  const named = members.map((m, i) => ({ ...m, key: `k${i}é` }));
  return { members: named, text: render(named, closing), index: pick % named.length };
});

function counts(s: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of s) map.set(c, (map.get(c) ?? 0) + 1);
  return map;
}

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}

describe('fix preservation', () => {
  it('a removal takes exactly what it owns (its property, one comma, whitespace); every other byte stays', () => {
    fc.assert(
      fc.property(documents, ({ members, text: original, index }) => {
        const removed = members[index]!;
        const output = applyPatchToText(original, [{ op: 'remove', path: '/' + removed.key }]);
        // It means what it should.
        const expected = Object.fromEntries(members.filter((_, i) => i !== index).map((m) => [m.key, parse(m.value) as unknown]));
        expect(parse(output)).toEqual(expected);
        // Nothing was added or moved: the output is the original with characters taken out.
        expect(isSubsequence(output, original)).toBe(true);
        // What was taken out is the property, at most one comma, and whitespace.
        const taken = counts(original);
        for (const [c, n] of counts(output)) taken.set(c, taken.get(c)! - n);
        for (const [c, n] of counts(`"${removed.key}": ${removed.value}`)) taken.set(c, (taken.get(c) ?? 0) - n);
        const rest = [...taken].filter(([, n]) => n !== 0);
        expect(rest.every(([c, n]) => (c === ',' && n === 1) || (/\s/.test(c) && n > 0))).toBe(true);
        // Every comment, the removed property's own included, is still there.
        for (const m of members) {
          if (m.leadingComment) expect(output).toContain(m.leadingComment.trim());
          if (m.trailingComment) expect(output).toContain(m.trailingComment.trim());
        }
      }),
    );
  });

  it('takes the blanks before the comma it removes, so no double blank is left (issue reproduction)', () => {
    const jsonl = '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}] , "tool_choice" : "none" }';
    expect(applyFixes(jsonl).output).toBe('{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}] }');
    expect(applyPatchToText('{"a": [] , "tools" : [ ] }', [{ op: 'remove', path: '/tools' }])).toBe('{"a": [] }');
    // A comment before the comma stays, and so does the blank that separates it from the value.
    expect(applyPatchToText('{"a": [] /* c */ , "tools": [] }', [{ op: 'remove', path: '/tools' }])).toBe('{"a": [] /* c */ }');
    expect(applyPatchToText('{"a": 1 , "b": 2 , "c": 3}', [{ op: 'remove', path: '/b' }])).toBe('{"a": 1 , "c": 3}');
    expect(applyPatchToText('{\n  "a": 1 ,\n  "b": 2\n}', [{ op: 'remove', path: '/b' }])).toBe('{\n  "a": 1\n}');
  });

  it('keeps the comment of a property that stays (issue reproduction)', () => {
    const input = '{\n "model": "o3",\n "messages": [{"role":"user","content":"hi"}],\n "seed": 1, // keep me\n "temperature": 0.2\n}';
    expect(applyFixes(input).output).toBe('{\n "model": "o3",\n "messages": [{"role":"user","content":"hi"}],\n "seed": 1 // keep me\n}');
    const block =
      '{\n "model": "o3",\n /* keep me */ "seed": 1,\n "messages": [{"role":"user","content":"hi"}],\n "temperature": 0.2, "top_p": 1\n}';
    // o3 rejects both `temperature` and `top_p` (at its default, removing it changes nothing).
    expect(applyFixes(block).output).toBe(
      '{\n "model": "o3",\n /* keep me */ "seed": 1,\n "messages": [{"role":"user","content":"hi"}]\n}',
    );
  });

  it('keeps one-line messages on one line and mixed line endings where they were', () => {
    const oneLine = '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"x","tool_calls":[]}]}';
    expect(applyFixes(oneLine).output).toBe(
      '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"x"}]}',
    );
    const mixed = '{\r\n "model": "o3",\n "messages": [{"role":"user","content":"hi"}],\r\n "temperature": 0.2,\n "max_tokens": 5\r\n}';
    expect(applyFixes(mixed).output).toBe(
      '{\r\n "model": "o3",\n "messages": [{"role":"user","content":"hi"}],\r\n "max_completion_tokens": 5\r\n}',
    );
  });
});
