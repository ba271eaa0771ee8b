import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { broken, clean, fixtureDir, parseJson, run } from './helpers.js';

/** What an ordinary repository holds beside its request fixtures. */
const repository = {
  'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies: {} }),
  'tsconfig.json': '{\n  // compiler settings\n  "compilerOptions": { "strict": true },\n  "include": ["src"],\n  "exclude": ["dist"]\n}\n',
  'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
  // Keys a Responses request also has, one of which a safe fix of a request would remove.
  'settings.json': '{ "store": true, "truncation": "disabled" }\n',
  'reports/gl-code-quality-report.json': '[]\n',
  'data/train.jsonl': '{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}\n',
  'fixtures/clean.json': clean,
  'fixtures/broken.json': broken,
  // Requests whose API is only guessed, or that miss their model, are still requests.
  'fixtures/follow-up.json': JSON.stringify({ model: 'o3', previous_response_id: 'resp_1', temperature: 0.3 }),
  'fixtures/no-model.json': JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
  'fixtures/batch.jsonl': JSON.stringify({ custom_id: 'a', method: 'POST', url: '/v1/chat/completions', body: JSON.parse(broken) }) + '\n',
};

const filesIn = (stdout: string) => (parseJson(stdout) as Array<{ filePath: string }>).map((result) => result.filePath).sort();

describe('files a directory walk finds that are not requests', () => {
  it('are skipped and named once on stderr, so `reqlint .` works in any repository', async () => {
    const dir = fixtureDir(repository);
    const { code, stdout, stderr } = await run(['--format', 'json', '.'], { cwd: dir });
    expect(filesIn(stdout)).toEqual([
      'fixtures/batch.jsonl',
      'fixtures/broken.json',
      'fixtures/clean.json',
      'fixtures/follow-up.json',
      'fixtures/no-model.json',
    ]);
    expect(stderr).toContain(
      'skipped 6 files found in the tree that are not requests: data/train.jsonl, docker-compose.yml, package.json, reports/gl-code-quality-report.json, settings.json, and 1 more.',
    );
    expect(code).toBe(1);
  });

  it('text that does not parse, or nests too deep to parse safely, is reported, not skipped', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const dir = fixtureDir({ 'broken.json': '{"model": ', 'deep.jsonc': `// deep\n${deep}`, 'deep.jsonl': `${deep}\n` });
    const { stdout, stderr } = await run(['--format', 'json', '.'], { cwd: dir });
    const found = (parseJson(stdout) as Array<{ filePath: string; diagnostics: Array<{ ruleId: string }> }>).map((r) => [
      r.filePath,
      r.diagnostics.map((m) => m.ruleId),
    ]);
    expect(found).toEqual([
      ['broken.json', ['parse/syntax']],
      ['deep.jsonc', ['parse/too-deep']],
      ['deep.jsonl', ['parse/too-deep']],
    ]);
    expect(stderr).not.toContain('skipped');
  });

  it('are linted when the config names their API, as the language server lints them', async () => {
    const dir = fixtureDir({
      'reqlint.config.json': '{ "root": true, "overrides": [{ "files": ["follow-ups/**"], "api": "responses" }] }',
      'follow-ups/next.json': JSON.stringify({ previous_response_id: 'resp_1', store: false }),
      'follow-ups/log.jsonl': `${JSON.stringify({ previous_response_id: 'resp_1' })}\n`,
      'other/next.json': JSON.stringify({ previous_response_id: 'resp_1', store: false }),
    });
    const { stdout, stderr } = await run(['--format', 'json', '.'], { cwd: dir });
    expect(filesIn(stdout)).toEqual(['follow-ups/log.jsonl', 'follow-ups/next.json']);
    expect(stderr).toContain('skipped 1 file found in the tree that is not a request: other/next.json.');
  });

  it('are linted when named on the command line', async () => {
    const dir = fixtureDir(repository);
    const { stdout, stderr } = await run(['--format', 'json', 'package.json', 'data/train.jsonl'], { cwd: dir });
    expect(filesIn(stdout)).toEqual(['data/train.jsonl', 'package.json']);
    expect(stderr).not.toContain('skipped');
  });

  it('are never rewritten by --fix', async () => {
    const dir = fixtureDir(repository);
    await run(['--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'tsconfig.json'), 'utf8')).toBe(repository['tsconfig.json']);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(repository['settings.json']);
    expect(readFileSync(join(dir, 'fixtures/broken.json'), 'utf8')).not.toBe(broken);
  });

  it('give the same answer from the cache', async () => {
    const dir = fixtureDir(repository);
    const plain = await run(['--format', 'json', '.'], { cwd: dir });
    await run(['--cache', '--format', 'json', '.'], { cwd: dir });
    const cached = await run(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(filesIn(cached.stdout)).toEqual(filesIn(plain.stdout));
    expect(cached.stderr).toContain('skipped 6 files');
  });
});
