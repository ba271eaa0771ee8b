import { describe, expect, it } from 'vitest';
import { createJsonlLinter, lintJsonLines } from '../../src/jsonl/index.js';

const line = (extra: Record<string, unknown>) =>
  JSON.stringify({
    custom_id: 'a',
    method: 'POST',
    url: '/v1/chat/completions',
    body: { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] },
    ...extra,
  });
const found = (text: string) => lintJsonLines(text, {}).map((d) => `${d.line} ${d.ruleId} ${d.path}`);

describe('Batch input files', () => {
  it('accepts well-formed lines for both endpoints', () => {
    expect(found([line({}), line({ custom_id: 'b' })].join('\n'))).toEqual([]);
    expect(found(line({ url: '/v1/responses', body: { model: 'gpt-5', input: 'hi' } }))).toEqual([]);
  });

  it('checks the envelope: method, endpoint, keys', () => {
    expect(found(line({ method: 'GET' }))).toEqual(['1 batch/envelope /method']);
    expect(found(line({ url: '/v1/chat' }))).toEqual(['1 batch/envelope /url']);
    expect(found(line({ extra: 1 }))).toEqual(['1 batch/envelope /extra']);
    expect(found(JSON.stringify({ custom_id: 'a', body: { model: 'gpt-4.1', messages: [] } }))).toEqual([
      '1 batch/envelope ',
      '1 batch/envelope ',
    ]);
  });

  it('lints the body as the API its url names, and flags a body shaped for the other API', () => {
    const diagnostics = found(line({ body: { model: 'gpt-5', input: 'hi' } }));
    expect(diagnostics).toContain('1 batch/url-body-mismatch /url');
    expect(diagnostics).toContain('1 schema/missing-property /body');
  });

  it('reports duplicate custom_ids when the file is finished, at each repeat', () => {
    const linter = createJsonlLinter({});
    const text = [line({}), line({ custom_id: 'b' }), line({})];
    let offset = 0;
    const perLine = text.flatMap((t, i) => {
      const out = linter.line(t, i + 1, offset);
      offset += t.length + 1;
      return out;
    });
    expect(perLine).toEqual([]);
    const end = linter.finish();
    expect(end.map((d) => [d.ruleId, d.line, d.path])).toEqual([['batch/duplicate-custom-id', 3, '/custom_id']]);
    expect(end[0]?.message).toContain('line 1');
    const joined = text.join('\n');
    expect(joined.slice(end[0]!.range!.start.offset, end[0]!.range!.end.offset)).toBe('"a"');
  });

  it('flags lines whose url differs from the first', () => {
    expect(found([line({}), line({ custom_id: 'b', url: '/v1/responses', body: { model: 'gpt-5', input: 'x' } })].join('\n'))).toEqual([
      '2 batch/mixed-urls /url',
    ]);
  });

  it('still lints plain JSONL of request bodies, and syntax errors', () => {
    const text = [
      '{"model":"gpt-4.1","messages":[{"role":"user","content":"x"}],"tool_choice":"auto"}',
      '{"model":"gpt-5","input":"x"}',
      '{"custom_id": ',
    ].join('\n');
    expect(found(text)).toEqual(['1 tools/no-tool-choice-without-tools /tool_choice', '3 parse/syntax ']);
  });

  it('honours settings for batch checks', () => {
    expect(lintJsonLines(line({ method: 'GET' }), { rules: { 'batch/envelope': 'off' } })).toEqual([]);
  });
});

describe('batch envelopes the API would misread', () => {
  const body = '{"model": "o3", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 5}';
  it('says what a line lacks instead of guessing it is a request body', () => {
    const found = lintJsonLines('{"custom_id": "a", "method": "POST", "url": "/v1/chat/completions"}\n', {});
    expect(found.map((d) => [d.ruleId, d.message])).toEqual([['batch/envelope', 'A batch line needs `body`; add it.']]);
  });

  it('lints the body the API keeps when `body` is repeated, and flags the ignored one', () => {
    const line = `{"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": ${body}, "body": {"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}]}}`;
    const found = lintJsonLines(line + '\n', {});
    expect(found.map((d) => [d.ruleId, d.path])).toEqual([['parse/duplicate-key', '/body']]);
    expect(found[0]!.range!.start.column).toBe(line.indexOf('"body"') + 1);
  });
});
