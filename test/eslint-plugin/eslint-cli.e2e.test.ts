/**
 * End to end: the real `eslint` CLI, with the flat config of the sample project `examples/eslint/`
 * (as a user has it: `import reqlint from 'reqlint/eslint-plugin'`), on its TypeScript sources, with
 * `--format json`.
 *
 * The sample is copied to a temporary directory where `node_modules/reqlint` is this repository's
 * plugin, bundled from source for the test (so `npm test` needs no build first), as
 * `scripts/bundle.mjs` bundles it (dependencies stay imports), and the plugin's dependencies and
 * `@typescript-eslint` link to the repository's own.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/rule-docs.js';

interface EslintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}
interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  output?: string;
}

let project: string;

async function eslint(...args: string[]): Promise<{ code: number; results: EslintResult[] }> {
  const bin = join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--format', 'json', ...args], { cwd: project });
    return { code: 0, results: JSON.parse(stdout) as EslintResult[] };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    if (failed.code !== 1) throw new Error(`eslint exited with ${failed.code}: ${failed.stderr}`, { cause: error });
    return { code: 1, results: JSON.parse(failed.stdout) as EslintResult[] };
  }
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'reqlint-eslint-e2e-'));
  cpSync(join(REPO_ROOT, 'examples', 'eslint'), project, { recursive: true });
  const reqlintPackage = join(project, 'node_modules', 'reqlint');
  mkdirSync(reqlintPackage, { recursive: true });
  writeFileSync(
    join(reqlintPackage, 'package.json'),
    JSON.stringify({ name: 'reqlint', type: 'module', exports: { './eslint-plugin': './dist/index.js' } }),
  );
  const dependencies = Object.keys(
    (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
  );
  const external = [/^node:/, ...dependencies.map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`))];
  await build({
    input: join(REPO_ROOT, 'src', 'eslint-plugin', 'index.ts'),
    platform: 'node',
    external,
    output: { dir: join(reqlintPackage, 'dist'), format: 'esm' },
    logLevel: 'silent',
  });
  for (const name of [...new Set([...dependencies, '@typescript-eslint'].map((n) => n.split('/')[0]!))]) {
    const link = join(project, 'node_modules', name);
    if (!existsSync(link)) symlinkSync(join(REPO_ROOT, 'node_modules', name), link, 'dir');
  }
}, 60_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const summary = (results: EslintResult[]) =>
  results
    .filter((r) => r.messages.length > 0)
    .map((r) => ({
      file: r.filePath.slice(project.length + 1),
      messages: r.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.fix ? 'fixable' : ''}`.trim()),
    }));

describe('eslint CLI on examples/eslint', () => {
  it('reports what the sample gets wrong, at the key or value, and nothing that depends on a value it cannot see', async () => {
    const { code, results } = await eslint('.');
    expect(code).toBe(1);
    expect(summary(results)).toEqual([
      {
        file: 'src/langchain-agent.ts',
        messages: [
          '7:32-7:43 reqlint/tools-no-tool-choice-without-tools',
          '7:53-7:72 reqlint/tools-no-parallel-tool-calls-without-tools fixable',
          '12:32-12:41 reqlint/langchain-no-dropped-options',
          '15:60-15:63 reqlint/sampling-no-unsupported-sampling-parameters fixable',
        ],
      },
      {
        file: 'src/openai-calls.ts',
        messages: [
          '9:56-9:66 reqlint/reasoning-no-max-tokens-on-reasoning-model fixable',
          '14:80-14:86 reqlint/reasoning-no-reasoning-effort-on-non-reasoning-model fixable',
          // Only through the model alias in the sample's reqlint.config.json.
          '24:65-24:81 reqlint/reasoning-no-reasoning-effort-on-non-reasoning-model fixable',
        ],
      },
    ]);
    const calls = results.find((r) => r.filePath.endsWith('openai-calls.ts'))!;
    const maxTokens = calls.messages.find((m) => m.ruleId === 'reqlint/reasoning-no-max-tokens-on-reasoning-model')!;
    expect(maxTokens.message).toBe(
      '`max_tokens` is not supported by `o3`; rename it to `max_completion_tokens` (which also counts reasoning tokens).',
    );
    expect(maxTokens.severity).toBe(2);
    // The fix renames the key in the file's text.
    const source = readFileSync(join(project, 'src', 'openai-calls.ts'), 'utf8');
    const fixed = source.slice(0, maxTokens.fix!.range[0]) + maxTokens.fix!.text + source.slice(maxTokens.fix!.range[1]);
    expect(fixed).toContain("client.chat.completions.create({ model: 'o3', max_completion_tokens: 500, messages });");
  }, 30_000);
});
