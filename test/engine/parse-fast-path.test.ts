import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, mayHaveDuplicateKeys } from '../../src/engine/parse/duplicate-keys.js';
import { lint } from '../../src/engine/lint.js';
import { nodeValue, parseJsonText } from '../../src/engine/parse/parse.js';

/**
 * The text fast path (`JSON.parse` first, the syntax tree only on demand) must be invisible: the same
 * value as the tree, and a duplicate-key pre-check that never says "no duplicates" when there are some.
 */

/** Keys that stress the scan: colons, quotes, backslashes and escapes inside strings. */
const key = fc.oneof(
  fc.constantFrom('a', 'b', 'model', 'a:b', ':', '"', '\\', '\\"', 'x\\\\', '\u2028', '__proto__'),
  fc.string({ maxLength: 4 }),
);

/** JSON text whose objects are written member by member, so keys may repeat. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 5 })
      .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 4 })
      .map((members) => `{\n  ${members.map(([k, v]) => `${JSON.stringify(k)} : ${v}`).join(',\n  ')}\n}`),
  ),
})).value;

describe('text fast path', () => {
  it('rules out duplicate keys only when there are none', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const tree = parseTree(text)!;
        const hasDuplicates = findDuplicateKeys(tree).length > 0;
        expect(mayHaveDuplicateKeys(text, JSON.parse(text))).toBe(hasDuplicates);
      }),
    );
  });

  it('gives the value the syntax tree gives, and the same tree on demand', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const parsed = parseJsonText(text);
        const tree = parseTree(text)!;
        expect(parsed.syntaxError).toBeUndefined();
        expect(parsed.value).toStrictEqual(nodeValue(tree));
        const withoutParents = (k: string, v: unknown) => (k === 'parent' ? undefined : v);
        expect(JSON.stringify(parsed.tree, withoutParents)).toBe(JSON.stringify(tree, withoutParents));
      }),
    );
  });

  it('still reports duplicate keys and positions in strict JSON', () => {
    const text =
      '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "a:b" }],\n  "temperature": 0.2,\n  "temperature": 0.5\n}';
    const found = lint(text, { api: 'chat.completions' }).diagnostics.filter((d) => d.ruleId === 'parse/duplicate-key');
    expect(found).toHaveLength(1);
    // The API keeps the last one, so the first (line 4) is reported.
    expect(found[0]!.range?.start).toEqual({ line: 4, column: 3, offset: text.indexOf('"temperature"') });
  });

  it('takes the tree path for JSONC and for syntax errors', () => {
    expect(parseJsonText('{ "a": 1, // note\n }').value).toEqual({ a: 1 });
    expect(parseJsonText('{ "a": 1, }').value).toEqual({ a: 1 });
    expect(parseJsonText('{ "a": }').syntaxError?.offset).toBe(7);
  });
});
