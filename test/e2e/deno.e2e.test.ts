import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/rule-docs.js';
import { expectSameAnswers, nodeAnswer, type ProbeInput, type ProbeOutput } from './web/web-harness.js';

const SCRATCH = join(REPO_ROOT, 'node_modules', '.cache', 'reqlint-deno-test');
// The `deno` package's launcher finds the binary of its platform package (an optional dependency).
const DENO = join(REPO_ROOT, 'node_modules', 'deno', 'bin.cjs');

/**
 * The public API in Deno (the real runtime, from the npm registry's `deno` package), as a Deno user gets
 * it: the packed package (`npm pack`) installed in a project's node_modules, `import ... from 'reqlint'`
 * resolved by Deno itself through package.json exports (the `deno` condition), and run with no
 * permissions at all (no file, network or environment access). Same answers as under Node.
 */
describe('reqlint in Deno', () => {
  let input: ProbeInput;
  let expected: ProbeOutput;
  beforeAll(async () => {
    ({ input, expected } = await nodeAnswer());
    rmSync(SCRATCH, { recursive: true, force: true });
    mkdirSync(join(SCRATCH, 'node_modules', 'reqlint'), { recursive: true });
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', SCRATCH], { cwd: REPO_ROOT, encoding: 'utf8' }),
    ) as Array<{ filename: string }>;
    execFileSync('tar', ['xzf', packed!.filename, '-C', join('node_modules', 'reqlint'), '--strip-components=1'], { cwd: SCRATCH });
    // The package's own dependencies resolve from the repository's node_modules, above the scratch project.
    writeFileSync(
      join(SCRATCH, 'package.json'),
      JSON.stringify({ name: 'reqlint-deno-probe', private: true, type: 'module', dependencies: { reqlint: '*' } }),
    );
    copyFileSync(join(REPO_ROOT, 'test', 'e2e', 'web', 'probe.mjs'), join(SCRATCH, 'probe.mjs'));
    writeFileSync(
      join(SCRATCH, 'main.mjs'),
      [
        "import { probe } from './probe.mjs';",
        'const input = JSON.parse(await new Response(Deno.stdin.readable).text());',
        "console.log(JSON.stringify({ resolved: import.meta.resolve('reqlint'), output: await probe(input) }));",
      ].join('\n'),
    );
  }, 60_000);

  it('resolves `reqlint` to the web build and gives the same answers as Node on every example and doc example', () => {
    const answer = execFileSync(process.execPath, [DENO, 'run', '--no-prompt', 'main.mjs'], {
      cwd: SCRATCH,
      input: JSON.stringify(input),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DENO_DIR: join(SCRATCH, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    const { resolved, output } = JSON.parse(answer) as { resolved: string; output: ProbeOutput };
    expect(resolved).toMatch(/\/node_modules\/reqlint\/dist\/reqlint\.web\.js$/);
    expectSameAnswers(input, output, expected);
  });
});
