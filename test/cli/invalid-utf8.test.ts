import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLength, invalidUtf8 } from '../../src/cli/utf8.js';
import { fixtureDir, run } from './helpers.js';

/** Bytes of a text written as UTF-8, with `\xE9`-style escapes standing for single raw bytes. */
function bytes(text: string): Buffer {
  return Buffer.concat(
    text
      .split(/(\\x[0-9A-F]{2})/)
      .map((part) => (part.startsWith('\\x') ? Buffer.from([parseInt(part.slice(2), 16)]) : Buffer.from(part, 'utf8'))),
  );
}

function dirWith(files: Record<string, Buffer>): string {
  const dir = fixtureDir({});
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const latin1Request = '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "caf\\xE9 ☕ \\xE8" }]\n}\n';

describe('parse/invalid-utf8', () => {
  it('reports a Latin-1 byte in a JSON file at its line and column, as an error, once per file', async () => {
    const { code, stdout } = await run(['r.json', '-f', 'json'], { cwd: dirWith({ 'r.json': bytes(latin1Request) }) });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as Array<{
      diagnostics: Array<{ ruleId: string; severity: string; message: string; range: unknown }>;
    }>;
    const found = result!.diagnostics.filter((d) => d.ruleId === 'parse/invalid-utf8');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', range: { start: { line: 3, column: 49 }, end: { line: 3, column: 50 } } });
    expect(found[0]!.message).toMatch(/^Byte 0xE9 is not valid UTF-8/);
  });

  it('reports each JSONL line that holds one, streamed, and after a BOM', async () => {
    const line = (content: string) => `{"model":"gpt-4.1","messages":[{"role":"user","content":"${content}"}]}`;
    const text = `\uFEFF${line('ok')}\r\n${line('\\xE9t\\xE9')}\n${line('fine ☕')}\n${line('\\xF0\\x9F\\x98')}`;
    const { code, stdout } = await run(['log.jsonl', '-f', 'json'], { cwd: dirWith({ 'log.jsonl': bytes(text) }) });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as Array<{
      diagnostics: Array<{ ruleId: string; line: number; range: { start: { column: number } } }>;
    }>;
    const found = result!.diagnostics.filter((d) => d.ruleId === 'parse/invalid-utf8');
    // The cut emoji at the end of the file (no closing quote after it) is a syntax error too, and still reported here.
    expect(found.map((d) => [d.line, d.range.start.column])).toEqual([
      [2, 58],
      [4, 58],
    ]);
  });

  it('finds a bad byte in a file larger than one read chunk, and is silent on a valid multi-byte character cut by a chunk', async () => {
    const filler = (n: number) => `{"model":"gpt-4.1","messages":[{"role":"user","content":"${'é'.repeat(n)}"}]}`;
    const lines = Array.from({ length: 1200 }, (_, i) => filler(20 + (i % 7)));
    const text = [...lines, `{"model":"gpt-4.1","messages":[{"role":"user","content":"\\xE9"}]}`].join('\n') + '\n';
    const { stdout } = await run(['big.jsonl', '-f', 'json'], { cwd: dirWith({ 'big.jsonl': bytes(text) }) });
    const [result] = JSON.parse(stdout) as Array<{ diagnostics: Array<{ ruleId: string; line: number }> }>;
    expect(result!.diagnostics.filter((d) => d.ruleId === 'parse/invalid-utf8').map((d) => d.line)).toEqual([1201]);
  });

  it('is configurable like a rule, and --fix leaves such a file alone and still reports it', async () => {
    const dir = dirWith({ 'r.json': bytes(latin1Request) });
    const off = await run(['r.json', '--rule', 'parse/invalid-utf8: off'], { cwd: dir });
    expect(off.code).toBe(0);
    expect(off.stdout).toBe('');
    const fixed = await run(['r.json', '--fix', '-f', 'json'], { cwd: dir });
    expect(fixed.stdout).toContain('parse/invalid-utf8');
  });
});

describe('standard input that is not UTF-8', () => {
  it('is reported like a file, and not fixed', async () => {
    const { code, stdout } = await run(['--stdin', '--stdin-filename', 'r.json', '--fix-dry-run', '-f', 'json'], {
      stdin: bytes('{"model":"gpt-4.1","messages":[{"role":"user","content":"caf\\xE9"}],"tool_choice":"none"}'),
    });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as Array<{
      output?: string;
      diagnostics: Array<{ ruleId: string; range: { start: { column: number } } }>;
    }>;
    expect(result!.diagnostics.find((d) => d.ruleId === 'parse/invalid-utf8')?.range.start.column).toBe(61);
    expect(result!.output).toBeUndefined();
  });
});

describe('--fix on a file that is not UTF-8', () => {
  const fixable = '{"model":"gpt-4.1","messages":[{"role":"user","content":"caf\\xE9"}],"tool_choice":"none"}\n';

  it('exits 2 when it has fixes that cannot be written, as a read-only file does', async () => {
    const dir = dirWith({ 'r.json': bytes(fixable) });
    const { code, stderr } = await run(['r.json', '--fix'], { cwd: dir });
    expect(stderr).toContain('reqlint: r.json was not fixed: it is not valid UTF-8');
    expect(code).toBe(2);
  });

  it('exits by its findings under --fix-dry-run, or when nothing in it could be fixed', async () => {
    const dir = dirWith({ 'r.json': bytes(fixable), 'plain.json': bytes(latin1Request) });
    expect((await run(['r.json', '--fix-dry-run'], { cwd: dir })).code).toBe(1);
    const plain = await run(['plain.json', '--fix'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toContain('was not fixed');
  });

  it('treats a YAML file like a UTF-8 one: YAML is never fixed, so its bytes refuse no fix', async () => {
    const yamlFixable = 'model: gpt-4.1\nmessages:\n  - role: user\n    content: "caf\\xE9"\ntool_choice: none\n';
    const { code, stderr } = await run(['r.yaml', '--fix'], { cwd: dirWith({ 'r.yaml': bytes(yamlFixable) }) });
    expect(stderr).not.toContain('was not fixed: it is not valid UTF-8');
    expect(code).toBe(1);
  });
});

describe('invalidUtf8', () => {
  it('gives the offset of each bad sequence in the decoded text', () => {
    const input = bytes('a\\xE9b☕\\xE2\\x82c\\xFF');
    const decoded = input.toString('utf8');
    const found = invalidUtf8(input);
    expect(found.map((bad) => decoded[bad.at])).toEqual(['\uFFFD', '\uFFFD', '\uFFFD']);
    expect(found.map((bad) => bad.byte)).toEqual([0xe9, 0xe2, 0xff]);
  });

  it('holds back only a multi-byte character cut by the end of a chunk', () => {
    expect(completeLength(Buffer.from('ab☕'))).toBe(5);
    expect(completeLength(Buffer.from('ab☕').subarray(0, 4))).toBe(2);
    expect(completeLength(Buffer.from('a😀').subarray(0, 4))).toBe(1);
  });
});
