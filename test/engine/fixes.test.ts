import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { REPO_ROOT } from '../support/rule-docs.js';
import { applyFixes } from '../../src/engine/fix/apply-fixes.js';
import { applyPatch, PatchError } from '../../src/engine/fix/json-patch.js';
import { applyPatchToText } from '../../src/engine/fix/text-fixes.js';

describe('applyFixes on text', () => {
  it('renames a key in place and keeps comments, order and indentation', () => {
    const text = [
      '{',
      '\t// the reasoning model for hard questions',
      '\t"model": "o3",',
      '\t"max_tokens": 2000, /* budget */',
      '\t"messages": [{ "role": "user", "content": "hi" }]',
      '}',
    ].join('\n');
    const result = applyFixes(text);
    expect(result.output).toBe(text.replace('"max_tokens"', '"max_completion_tokens"'));
    expect(result.fixed.map((d) => d.ruleId)).toEqual(['reasoning/no-max-tokens-on-reasoning-model']);
    expect(result.remaining).toEqual([]);
  });

  it('removes a parameter without disturbing its neighbours', () => {
    const text =
      '{\n  "model": "gpt-4.1",\n  "stream_options": {"include_usage": true},\n  "messages": [{"role": "user", "content": "hi"}]\n}\n';
    expect(applyFixes(text).output).toBe('{\n  "model": "gpt-4.1",\n  "messages": [{"role": "user", "content": "hi"}]\n}\n');
  });

  it("adds a key using the file's own indentation", () => {
    const text = '{\n    "model": "gpt-4.1",\n    "top_logprobs": 2,\n    "messages": [{"role": "user", "content": "hi"}]\n}';
    const output = applyFixes(text).output;
    expect(JSON.parse(output)).toMatchObject({ logprobs: true, top_logprobs: 2 });
    expect(output).toMatch(/\n {4}"logprobs": true/);
  });

  it('applies several independent fixes in one call and converges', () => {
    const text = JSON.stringify(
      { model: 'o3', max_tokens: 5, stream_options: {}, tool_choice: 'none', messages: [{ role: 'user', content: 'hi' }] },
      null,
      2,
    );
    const once = applyFixes(text);
    expect(JSON.parse(once.output)).toEqual({ model: 'o3', max_completion_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
    expect(applyFixes(once.output).changed).toBe(false);
  });

  it('leaves text with a syntax error untouched', () => {
    const result = applyFixes('{"model": ');
    expect(result.output).toBe('{"model": ');
    expect(result.changed).toBe(false);
    expect(result.remaining.map((d) => d.ruleId)).toEqual(['parse/syntax']);
  });
});

describe('applyFixes on objects', () => {
  it('returns a new object and never mutates the input', () => {
    const body = { model: 'o3', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] };
    const snapshot = structuredClone(body);
    const result = applyFixes(body);
    expect(body).toEqual(snapshot);
    expect(result.output).toEqual({ model: 'o3', messages: [{ role: 'user', content: 'hi' }], max_completion_tokens: 5 });
  });
});

describe('JSON Patch', () => {
  it('follows RFC 6902 for add, remove, replace, move, copy and test', () => {
    const doc = { a: [1, 2], b: { c: 1 } };
    expect(applyPatch(doc, [{ op: 'add', path: '/a/1', value: 9 }])).toEqual({ a: [1, 9, 2], b: { c: 1 } });
    expect(applyPatch(doc, [{ op: 'add', path: '/a/-', value: 9 }])).toEqual({ a: [1, 2, 9], b: { c: 1 } });
    expect(applyPatch(doc, [{ op: 'remove', path: '/b/c' }])).toEqual({ a: [1, 2], b: {} });
    expect(applyPatch(doc, [{ op: 'replace', path: '/b/c', value: 2 }])).toEqual({ a: [1, 2], b: { c: 2 } });
    expect(applyPatch(doc, [{ op: 'move', from: '/b/c', path: '/d' }])).toEqual({ a: [1, 2], b: {}, d: 1 });
    expect(applyPatch(doc, [{ op: 'copy', from: '/b', path: '/e' }])).toEqual({ a: [1, 2], b: { c: 1 }, e: { c: 1 } });
    expect(() => applyPatch(doc, [{ op: 'test', path: '/b/c', value: 2 }])).toThrow(PatchError);
    expect(() => applyPatch(doc, [{ op: 'remove', path: '/nope' }])).toThrow(PatchError);
    expect(doc).toEqual({ a: [1, 2], b: { c: 1 } });
  });

  it('applies the same patch to text and to the value alike', () => {
    const doc = { a: [1, 2], b: { c: 1, 'x/y': 2 } };
    const patch = [
      { op: 'remove', path: '/b/x~1y' },
      { op: 'add', path: '/a/0', value: 0 },
      { op: 'move', from: '/b/c', path: '/b/d' },
    ] as const;
    expect(JSON.parse(applyPatchToText(JSON.stringify(doc, null, 2), patch))).toEqual(applyPatch(doc, patch));
  });
});

describe('fixes change only the fixed tokens', () => {
  it('keeps a one-line document on one line with its own spacing', () => {
    const text = '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"tool_choice":"none","temperature":0.2}';
    expect(applyFixes(text).output).toBe('{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"temperature":0.2}');
  });

  it('removes the last key without re-flowing the line before it', () => {
    const text =
      '{\n  "model": "gpt-4.1",\n  "messages": [ { "role": "user", "content": "hi" } ],\n  "stream_options": {"include_usage": true}\n}\n';
    expect(applyFixes(text).output).toBe('{\n  "model": "gpt-4.1",\n  "messages": [ { "role": "user", "content": "hi" } ]\n}\n');
  });

  it('adds to an array in the layout the array already has, never spreading it over new lines', () => {
    const text = '{\n  "a": [\n    1,\n    2\n  ],\n  "b": [],\n  "c": [1, 2]\n}\n';
    expect(applyPatchToText(text, [{ op: 'add', path: '/a/-', value: 3 }])).toBe(
      '{\n  "a": [\n    1,\n    2,\n    3\n  ],\n  "b": [],\n  "c": [1, 2]\n}\n',
    );
    expect(applyPatchToText(text, [{ op: 'add', path: '/a/0', value: 0 }])).toBe(
      '{\n  "a": [\n    0,\n    1,\n    2\n  ],\n  "b": [],\n  "c": [1, 2]\n}\n',
    );
    expect(applyPatchToText(text, [{ op: 'add', path: '/b/-', value: 'x' }])).toBe(
      '{\n  "a": [\n    1,\n    2\n  ],\n  "b": ["x"],\n  "c": [1, 2]\n}\n',
    );
    expect(applyPatchToText(text, [{ op: 'add', path: '/c/1', value: 9 }])).toBe(
      '{\n  "a": [\n    1,\n    2\n  ],\n  "b": [],\n  "c": [1, 9, 2]\n}\n',
    );
    expect(() => applyPatchToText(text, [{ op: 'add', path: '/c/5', value: 9 }])).toThrow(PatchError);
    // CRLF lines keep CRLF: the new line ends like the one above it.
    expect(applyPatchToText('{\r\n  "a": [\r\n    1\r\n  ]\r\n}', [{ op: 'add', path: '/a/0', value: 0 }])).toBe(
      '{\r\n  "a": [\r\n    0,\r\n    1\r\n  ]\r\n}',
    );
  });

  it("a suggestion that adds to `required` changes only its own spans (the bundled example's)", () => {
    const text = readFileSync(join(REPO_ROOT, 'examples', 'extraction-strict-schema.json'), 'utf8');
    const [finding] = lint(text).diagnostics.filter((d) => d.ruleId === 'structured-outputs/require-all-properties-required');
    const output = applyPatchToText(text, finding!.suggestions![0]!.fix);
    const changed = diffLines(text, output);
    expect(changed).toEqual([
      ['          "due_days": { "type": "integer" }', '          "due_days": { "type": ["integer", "null"] }'],
      ['        "required": ["number", "vendor", "total"],', '        "required": ["number", "vendor", "total", "due_days"],'],
    ]);
  });
});

/** The pairs of lines that differ, for two texts with the same number of lines. */
function diffLines(before: string, after: string): Array<[string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i): Array<[string, string]> => (line === b[i] ? [] : [[line, b[i]!]]));
}
