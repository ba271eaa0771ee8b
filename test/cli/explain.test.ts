import { describe, expect, it } from 'vitest';
import { fixtureDir, run } from './helpers.js';

const maxTokensError = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";

describe('reqlint explain', () => {
  it('names the rule, the fix, the docs and where the wording was seen', async () => {
    const { code, stdout, stderr } = await run(['explain', maxTokensError]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Covered by: reasoning/no-max-tokens-on-reasoning-model\n');
    expect(stdout).toMatch(/^Fix: Rename `max_tokens` to `max_completion_tokens`/m);
    expect(stdout).toContain('Docs: https://github.com/reqlint/reqlint/blob/main/rules/reasoning/no-max-tokens-on-reasoning-model.md');
    expect(stdout).toMatch(/^Seen in: .*CherryHQ\/cherry-studio#1403 \(2025-02\)/m);
  });

  it('points at the line of the request file with --request', async () => {
    const dir = fixtureDir({
      'req.json': '{\n  "model": "o3",\n  "messages": [{ "role": "user", "content": "hi" }],\n  "max_tokens": 100\n}\n',
    });
    const { code, stdout } = await run(['explain', `400 ${maxTokensError}`, '--request', 'req.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^req\.json:4:3 {2}error {2}`max_tokens` is not supported by `o3`.* {2}reasoning\/no-max-tokens-on-reasoning-model$/m,
    );
  });

  it('reads the error from stdin with -, prints JSON with --format json, and exits 1 on an unknown error', async () => {
    const known = await run(['explain', '-', '--format', 'json'], { stdin: JSON.stringify({ error: { message: maxTokensError } }) });
    expect(JSON.parse(known.stdout)).toMatchObject({ known: true, ruleIds: ['reasoning/no-max-tokens-on-reasoning-model'] });
    const unknown = await run(['explain', 'The frobnicator is out of order.']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('reqlint does not know this error yet');
  });

  it('reports usage mistakes with exit code 2', async () => {
    expect((await run(['explain'])).code).toBe(2);
    const bad = await run(['explain', 'x', '--format', 'sarif']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be text or json/);
  });
});
