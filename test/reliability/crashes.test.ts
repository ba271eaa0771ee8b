import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, assertValidRequest, ConfigError, lint, lintJsonLines } from '../../src/index.js';
import { MAX_NESTING_DEPTH } from '../../src/engine/parse/depth.js';
import { formatStylish } from '../../src/cli/formatters/stylish.js';
import { palette } from '../../src/cli/formatters/colors.js';
import { lintYaml } from '../../src/cli/yaml.js';
import { writeFixed, fixFile } from '../../src/cli/fix.js';
import type { FileResult } from '../../src/cli/lint-file.js';
import { broken, fixtureDir, run } from '../cli/helpers.js';

const nested = (depth: number) =>
  '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"metadata":' + '['.repeat(depth) + ']'.repeat(depth) + '}';

describe('deep nesting', () => {
  const deep = '['.repeat(10_000) + ']'.repeat(10_000);

  it('is one parse/too-deep diagnostic at the bracket that passes the limit, from every entry point', () => {
    const { diagnostics } = lint(deep);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'parse/too-deep',
      severity: 'error',
      range: { start: { line: 1, column: MAX_NESTING_DEPTH + 1, offset: MAX_NESTING_DEPTH } },
    });
    expect(applyFixes(deep)).toMatchObject({ changed: false, output: deep });
    expect(() => assertValidRequest(deep)).toThrow(/nests more than 512 levels/);
    expect(lintJsonLines(deep + '\n' + deep).map((d) => d.ruleId)).toEqual(['parse/too-deep', 'parse/too-deep']);
  });

  it('finds the same bracket in JSONC, which takes the recursive parser, as in strict JSON', () => {
    const jsonc = '// a comment first\n' + deep;
    const [only, ...rest] = lint(jsonc).diagnostics;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ ruleId: 'parse/too-deep', range: { start: { line: 2, column: MAX_NESTING_DEPTH + 1 } } });
  });

  it('counts only structure: brackets in strings and comments do not nest', () => {
    const text = '{"model":"gpt-4.1", // ' + '['.repeat(2000) + '\n"messages":[{"role":"user","content":"' + '{'.repeat(2000) + '"}]}';
    expect(lint(text).diagnostics.map((d) => d.ruleId)).not.toContain('parse/too-deep');
  });

  it('lints a document exactly at the limit without crashing any stage', () => {
    expect(lint(nested(MAX_NESTING_DEPTH - 1)).diagnostics.map((d) => d.ruleId)).not.toContain('parse/too-deep');
    expect(lint(nested(MAX_NESTING_DEPTH)).diagnostics.map((d) => d.ruleId)).toContain('parse/too-deep');
    expect(() => applyFixes(nested(MAX_NESTING_DEPTH - 1))).not.toThrow();
  });

  it('bounds object input the same way, with the path where it passes the limit', () => {
    let value: unknown = [];
    for (let i = 0; i < 10_000; i++) value = [value];
    const { diagnostics } = lint({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], metadata: value });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.ruleId).toBe('parse/too-deep');
    expect(diagnostics[0]!.path).toBe('/metadata' + '/0'.repeat(MAX_NESTING_DEPTH - 1));
    expect(applyFixes({ model: 'o3', messages: [], max_tokens: 5, metadata: value }).changed).toBe(false);
  });

  it('does not stop a CLI run: the other files are still linted', async () => {
    const dir = fixtureDir({ 'deep.json': '['.repeat(10_000) + ']'.repeat(10_000), 'b.json': broken });
    const { code, stdout, stderr } = await run(['--format', 'json', '.'], { cwd: dir });
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Array<{ filePath: string; diagnostics: Array<{ ruleId: string }> }>;
    expect(results.find((r) => r.filePath.endsWith('deep.json'))!.diagnostics.map((m) => m.ruleId)).toEqual(['parse/too-deep']);
    expect(results.find((r) => r.filePath.endsWith('b.json'))!.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('many findings', () => {
  it('stylish formats 125,000 findings of one file', async () => {
    const diagnostics = Array.from({ length: 125_000 }, (_, i) => ({
      ruleId: 'schema/type',
      severity: 'error' as const,
      message: 'x',
      path: '',
      target: 'value' as const,
      line: i + 1,
      docsUrl: '',
    }));
    const results: FileResult[] = [{ filePath: 'big.jsonl', diagnostics }];
    const text = await formatStylish(results, palette(false));
    expect(text).toContain('125000 problems (125000 errors');
  });
});

describe('YAML alias bombs', () => {
  it('are a diagnostic, not an internal error', () => {
    const lines = ['a0: &a0 [x, x]'];
    for (let i = 1; i < 40; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    const diagnostics = lintYaml(lines.join('\n') + '\nmodel: gpt-4.1\n', {});
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error' });
    expect(diagnostics[0]!.message).toMatch(/alias/);
  });
});

describe('library misuse', () => {
  const body = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] };

  it('bad options throw ConfigError naming the option', () => {
    expect(() => lint(body, null as never)).toThrow(ConfigError);
    expect(() => lint(body, 'chat.completions' as never)).toThrow(/pass `\{ api: "chat.completions" \}`/);
    expect(() => lint(body, { api: 'foo' as never })).toThrow(ConfigError);
    expect(() => lint(body, { api: 'foo' as never })).toThrow(/`api` must be one of/);
    expect(() => lint(body, { modelAliases: 5 as never })).toThrow(/`modelAliases` must be an object/);
    expect(() => lint(body, { modelAliases: { prod: 4 } as never })).toThrow(/`modelAliases.prod` must be a model id/);
    expect(() => lint({ ...body, model: 'a' }, { modelAliases: { a: 'b', b: 'a' } })).toThrow(ConfigError);
  });

  it('options may be left out of every entry point', () => {
    expect(lintJsonLines(JSON.stringify(body))).toEqual([]);
  });

  it('values JSON cannot carry get a schema finding that says so, never a throw', () => {
    const messages = (value: unknown) =>
      lint({ ...body, seed: value })
        .diagnostics.filter((d) => d.path === '/seed')
        .map((d) => d.message);
    expect(messages(10n)).toEqual([expect.stringMatching(/not a BigInt \(10n;/)]);
    expect(lint({ ...body, top_p: Infinity }).diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/not Infinity \(the number is too large for JSON/),
    ]);
    expect(lint('{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}],"top_p":1e400}').diagnostics.map((d) => d.message)).toEqual(
      [expect.stringMatching(/not Infinity/)],
    );
    expect(messages(() => 1)).toEqual([expect.stringMatching(/not a function/)]);
  });

  it('applyFixes copies what JSON cannot hold instead of throwing or dropping it', () => {
    const tag = Symbol('trace');
    const callback = () => 'kept';
    // `tool_choice: "none"` without tools is removed by a safe fix (it asks for nothing).
    const input = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'none', [tag]: 'kept', onToken: callback };
    const fixed = applyFixes(input as object);
    expect(fixed.changed).toBe(true);
    expect((fixed.output as Record<PropertyKey, unknown>)[tag]).toBe('kept');
    expect((fixed.output as Record<string, unknown>).onToken).toBe(callback);
    const proxied = applyFixes(new Proxy({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'none' }, {}));
    expect(proxied.changed).toBe(true);
    expect(proxied.output).toEqual({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] });
  });
});

describe('disk errors during --fix', () => {
  it("a failed write names the user's file, removes the temporary file and leaves the file as it was", async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const path = join(dir, 'b.json');
    const read = await fixFile(path, 'b.json', {}, { keepSource: false, hashValues: false });
    const full = async (file: unknown, _data: unknown) => {
      writeFileSync(String(file), '');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: String(file) });
    };
    expect(await writeFixed(path, read.result.output!, read, 'b.json', { writeFile: full as never })).toEqual({
      kind: 'failed',
      message: 'cannot write b.json: the disk is full; the file was left as it was',
    });
    expect(readdirSync(dir)).toEqual(['b.json']);
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });
});

describe('what --fix must not touch', () => {
  it('writes through a symlink to its target and keeps the link', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    mkdirSync(join(dir, 'links'));
    symlinkSync('../b.json', join(dir, 'links', 'a.json'));
    const { code } = await run(['--fix', 'links/a.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(statSync(join(dir, 'links', 'a.json'), { throwIfNoEntry: true }).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).not.toContain('tool_choice');
    expect(readdirSync(join(dir, 'links'))).toEqual(['a.json']);
    const { lstatSync } = await import('node:fs');
    expect(lstatSync(join(dir, 'links', 'a.json')).isSymbolicLink()).toBe(true);
  });

  it('skips a read-only file with a notice, reports its findings and exits 2', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'b.json'), 0o444);
    const { code, stdout, stderr } = await run(['--fix', '--format', 'json', 'b.json'], { cwd: dir });
    expect(stderr).toMatch(/b\.json was not fixed: it is read-only/);
    expect(stderr).toContain('fixed 0 problems in 0 files');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(broken);
    expect((JSON.parse(stdout) as Array<{ diagnostics: unknown[] }>)[0]!.diagnostics.length).toBeGreaterThan(0);
    expect(code).toBe(2);
  });

  it('keeps hard links and the file mode', async () => {
    const dir = fixtureDir({ 'b.json': broken });
    const { linkSync, chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'b.json'), 0o640);
    linkSync(join(dir, 'b.json'), join(dir, 'twin.json'));
    await run(['--fix', 'b.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'twin.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(readFileSync(join(dir, 'twin.json'), 'utf8')).not.toContain('tool_choice');
    expect(statSync(join(dir, 'b.json')).mode & 0o777).toBe(0o640);
  });

  it('never rewrites a file that is not valid UTF-8', async () => {
    const dir = fixtureDir({});
    const bytes = Buffer.concat([
      Buffer.from('{"model":"gpt-4.1","messages":[{"role":"user","content":"'),
      Buffer.from([0xff, 0xfe]),
      // `"none"` without tools has a safe fix, so there is something --fix would have written.
      Buffer.from('"}],"tool_choice":"none"}\n'),
    ]);
    writeFileSync(join(dir, 'b.json'), bytes);
    const { stderr } = await run(['--fix', 'b.json'], { cwd: dir });
    expect(stderr).toMatch(/b\.json was not fixed: it is not valid UTF-8/);
    expect(readFileSync(join(dir, 'b.json')).equals(bytes)).toBe(true);
  });
});

describe('inputs', () => {
  it('does not follow a directory symlink out of the named tree, and lints each file once', async () => {
    const dir = fixtureDir({ 'tree/a.json': broken, 'outside.json': broken });
    symlinkSync('..', join(dir, 'tree', 'loop'));
    symlinkSync('a.json', join(dir, 'tree', 'alias.json'));
    const { stdout } = await run(['--format', 'json', 'tree'], { cwd: dir });
    const files = (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.replace(/.*tree\//, 'tree/'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^tree\/(a|alias)\.json$/);
  });
});
