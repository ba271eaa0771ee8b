import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';

const chat = (extra: string) => `{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }]${extra}\n}`;

describe('parsing', () => {
  it('reports a syntax error at its line and column, and nothing else', () => {
    const { diagnostics } = lint('{\n  "model": "gpt-4.1",\n  "messages": [}\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error', range: { start: { line: 3, column: 16 } } });
    expect(diagnostics[0]!.message).toMatch(/^Invalid JSON: /);
  });

  it('reports an empty document', () => {
    const { diagnostics } = lint('   ');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['parse/syntax']);
    expect(diagnostics[0]!.message).toMatch(/empty/);
  });

  it('accepts JSONC comments and trailing commas', () => {
    const { diagnostics } = lint('// fixture\n{ "model": "gpt-4.1", /* why */ "messages": [{ "role": "user", "content": "hi" },], }');
    expect(diagnostics).toEqual([]);
  });

  it('says a body must be an object', () => {
    expect(lint('[1, 2]').diagnostics.map((d) => d.ruleId)).toEqual(['parse/not-an-object']);
    expect(lint(42).diagnostics.map((d) => d.ruleId)).toEqual(['parse/not-an-object']);
    expect(lint(null).diagnostics.map((d) => d.ruleId)).toEqual(['parse/not-an-object']);
  });

  it('names what a body that is not an object is, with an article', () => {
    const message = (value: unknown) => lint(value).diagnostics[0]!.message;
    expect(message('"x"')).toBe('A request body must be a JSON object, not a string.');
    expect(message(42)).toBe('A request body must be a JSON object, not a number.');
    expect(message(true)).toBe('A request body must be a JSON object, not a boolean.');
    expect(message('[1]')).toBe('A request body must be a JSON object, not an array.');
    expect(message(null)).toBe('A request body must be a JSON object, not `null`.');
    expect(message(undefined)).toBe('A request body must be a JSON object, not `undefined`.');
  });

  it('flags the ignored occurrence of a duplicate key, naming the line of the one that counts', () => {
    const text = chat(',\n  "temperature": 0.2,\n  "temperature": 0.7');
    const { diagnostics } = lint(text);
    expect(diagnostics).toHaveLength(1);
    const [duplicate] = diagnostics;
    expect(duplicate).toMatchObject({
      ruleId: 'parse/duplicate-key',
      severity: 'warning',
      path: '/temperature',
      range: { start: { line: 4, column: 3 } },
    });
    expect(duplicate!.message).toContain('line 5');
  });

  it('keeps the last value of a duplicate key, as the API does', () => {
    // o3 accepts only temperature 1: the first (ignored) value must not trigger the sampling rule.
    const text = '{"model": "o3", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.2, "temperature": 1}';
    expect(lint(text).diagnostics.map((d) => d.ruleId)).toEqual(['parse/duplicate-key']);
  });
});

describe('ranges', () => {
  it('underlines the key for a parameter that should not be there', () => {
    const text = chat(',\n  "stream_options": { "include_usage": true }');
    const { diagnostics } = lint(text);
    expect(diagnostics).toHaveLength(1);
    const offset = text.indexOf('"stream_options"');
    expect(diagnostics[0]!.range).toEqual({ start: { line: 4, column: 3, offset }, end: { line: 4, column: 19, offset: offset + 16 } });
  });

  it('underlines the value for a bad value', () => {
    const { diagnostics } = lint(chat(',\n  "temperature": "hot"'));
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'schema/type',
      range: { start: { line: 4, column: 18 }, end: { line: 4, column: 23 } },
    });
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    const text = '{"messages": [{"role": "user", "content": "😀"}], "model": "gpt-4.1", "stream_options": {}}';
    const [diagnostic] = lint(text).diagnostics;
    expect(diagnostic!.range!.start.column).toBe(text.indexOf('"stream_options"') + 1);
  });

  it('gives no range when a parsed object was linted', () => {
    const { diagnostics } = lint({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], stream_options: {} });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.range).toBeUndefined();
  });
});

describe('a duplicate unknown key', () => {
  it('is reported as unknown as well as duplicated', () => {
    const text = '{"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}], "temprature": 1, "temprature": 2}';
    expect(lint(text).diagnostics.map((d) => d.ruleId)).toEqual(['parse/duplicate-key', 'schema/unknown-property']);
  });
});
