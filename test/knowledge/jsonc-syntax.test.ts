import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/cli/lint-file.js';
import { findJsoncSyntax } from '../../src/engine/parse/jsonc-syntax.js';
import { lintJsonLines } from '../../src/jsonl/index.js';

const body = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] };
const request = JSON.stringify(body);
const batchLine = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: { ...body, ...extra } });
const how = { keepSource: false, hashValues: false };
const summary = (diagnostics: ReadonlyArray<{ line?: number; ruleId: string; severity: string }>) =>
  diagnostics.map((d) => `${d.line ?? '-'} ${d.severity} ${d.ruleId}`);

describe('JSONC syntax in files that are sent as JSON', () => {
  it('finds comments and trailing commas, never `//` inside a string', () => {
    expect(findJsoncSyntax('{"url": "https://example.com/a//b"}')).toEqual([]);
    expect(findJsoncSyntax('{"a": [1, 2,], } // note').map((s) => s.kind)).toEqual(['trailing-comma', 'trailing-comma', 'comment']);
  });

  it('a `//` line in JSONL is one error about that line, not "the document is empty"', () => {
    const found = lintJsonLines([request, '// the next request is from production', request].join('\n'), {});
    expect(summary(found)).toEqual(['2 error parse/jsonl-comments']);
    expect(found[0]!.range?.start).toMatchObject({ line: 2, column: 1 });
  });

  it('a reqlint directive line in JSONL stays legal and unflagged', () => {
    const text = [
      request,
      '// reqlint-disable-next-line tools/no-tool-choice-without-tools -- gateway adds tools',
      JSON.stringify({ ...body, tool_choice: 'auto' }),
    ].join('\n');
    expect(summary(lintSource(text, 'requests.jsonl', {}, how).diagnostics)).toEqual([]);
    // The library path has no suppressions, but a directive line is still not a request and not a comment finding.
    expect(summary(lintJsonLines(text, {}))).toEqual(['3 error tools/no-tool-choice-without-tools']);
  });

  it('a trailing comma or inline comment in a Batch line is an error on that line', () => {
    const withComma = batchLine().replace(/}$/, ',}');
    const withComment = `${batchLine()} /* retry */`;
    expect(
      summary(lintJsonLines([batchLine(), withComma.replace('"a"', '"b"'), withComment.replace('"a"', '"c"')].join('\n'), {})),
    ).toEqual(['2 error parse/jsonl-comments', '3 error parse/jsonl-comments']);
  });

  it('`.json` files get a warning, `.jsonc` files keep their comments', () => {
    const text = `{\n  // which model\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }],\n}\n`;
    const json = lintSource(text, 'fixture.json', {}, how).diagnostics;
    expect(summary(json)).toEqual(['- warning parse/json-comments', '- warning parse/json-comments']);
    expect(json.map((d) => d.range?.start.line)).toEqual([2, 4]);
    expect(lintSource(text, 'fixture.jsonc', {}, how).diagnostics).toEqual([]);
  });

  it('a directive in `.json` is reported once, by the directives (not applied), not again as a comment', () => {
    const text = `{\n  // reqlint-disable-next-line tools/no-tool-choice-without-tools\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }]\n}\n`;
    expect(lintSource(text, 'fixture.json', {}, how).diagnostics.map((d) => d.ruleId)).toEqual(['directive/not-applied']);
  });
});

describe('Batch bodies do not stream', () => {
  it('flags `stream: true` at the body key, and only then', () => {
    const found = lintJsonLines([batchLine({ stream: true }), batchLine({ stream: false }).replace('"a"', '"b"')].join('\n'), {});
    expect(found.filter((d) => d.ruleId === 'batch/no-stream').map((d) => [d.line, d.path])).toEqual([[1, '/body/stream']]);
  });
});
