import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../support/rule-docs.js';
import { fixtureDir } from './helpers.js';

async function run(argv: string[], cwd = REPO_ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

const clean = JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }] }, null, 2);
const broken = '{\n  "model": "gpt-4.1",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "tool_choice": "none"\n}\n';

describe('reqlint CLI', () => {
  it('exits 0 with no output for clean files', async () => {
    const dir = fixtureDir({ 'a.json': clean });
    expect(await run(['a.json'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and prints file, line:column, severity, message and rule id for errors', async () => {
    const dir = fixtureDir({ 'bad.json': broken });
    const { code, stdout } = await run(['bad.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('bad.json\n');
    expect(stdout).toMatch(
      / {2}4:3 {2}error {2}`tool_choice` is "none" but the request has no `tools`.* {2}tools\/no-tool-choice-without-tools\n/,
    );
    expect(stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it('walks directories for .json, .jsonc and .jsonl and skips node_modules', async () => {
    const dir = fixtureDir({
      'fixtures/a.json': broken,
      'fixtures/b.jsonl': `${clean.replace(/\n\s*/g, '')}\n${broken.replace(/\n\s*/g, '')}\n`,
      'fixtures/notes.txt': 'x',
      'fixtures/node_modules/c.json': broken,
    });
    const { stdout } = await run(['fixtures', '--format', 'json'], dir);
    const results = JSON.parse(stdout) as Array<{ filePath: string; diagnostics: Array<{ ruleId: string; line?: number }> }>;
    expect(results.map((r) => r.filePath)).toEqual(['fixtures/a.json', 'fixtures/b.jsonl']);
    expect(results[1]!.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['tools/no-tool-choice-without-tools', 2]]);
  });

  it('accepts globs', async () => {
    const dir = fixtureDir({ 'x/one.json': clean, 'x/two.json': broken, 'y/three.json': broken });
    const { stdout } = await run(['x/*.json', '-f', 'json'], dir);
    expect((JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual(['x/one.json', 'x/two.json']);
  });

  it('prints the library diagnostic shape as JSON', async () => {
    const dir = fixtureDir({ 'bad.json': broken });
    const [result] = JSON.parse((await run(['bad.json', '--format=json'], dir)).stdout) as Array<{ diagnostics: unknown[] }>;
    expect(result!.diagnostics[0]).toMatchObject({
      ruleId: 'tools/no-tool-choice-without-tools',
      severity: 'error',
      path: '/tool_choice',
      range: { start: { line: 4, column: 3 } },
      fix: [{ op: 'remove', path: '/tool_choice' }],
      docsUrl: expect.stringMatching(/rules\/tools\/no-tool-choice-without-tools\.md$/),
    });
  });

  it('exits 2 on usage errors with a message on stderr', async () => {
    for (const argv of [[], ['--format', 'xml', 'a.json'], ['--api', 'bard', 'a.json'], ['--nope', 'a.json'], ['missing.json']]) {
      const { code, stdout, stderr } = await run(argv, fixtureDir({}));
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^reqlint: /);
    }
  });

  it('lints the bundled examples and finds their planted mistakes', async () => {
    const { code, stdout } = await run(['examples', '-f', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Array<{ filePath: string; diagnostics: Array<{ ruleId: string }> }>;
    const clean = results.find((r) => r.filePath.endsWith('weather-tools.json'));
    expect(clean?.diagnostics).toEqual([]);
    expect(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId))).toContain('reasoning/no-max-tokens-on-reasoning-model');
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^Usage: reqlint/);
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
