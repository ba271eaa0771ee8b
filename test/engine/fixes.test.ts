import { describe, expect, it } from 'vitest';
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
});
