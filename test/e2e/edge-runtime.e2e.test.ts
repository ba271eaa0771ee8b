import { EdgeVM } from '@edge-runtime/vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAnswer, probeScript, type ProbeInput, type ProbeOutput } from './web/web-harness.js';

/**
 * The public API inside Vercel's edge runtime (`@edge-runtime/vm`: a V8 context with only the web
 * APIs of Vercel Edge Functions and Next.js middleware, code generation from strings disabled), loaded
 * through the `edge-light` export condition as Next.js bundles it. Same answers as under Node.
 */
describe('reqlint in an edge runtime (@edge-runtime/vm)', () => {
  let input: ProbeInput;
  let expected: ProbeOutput;
  let script: { code: string; resolved: string[] };
  beforeAll(async () => {
    ({ input, expected } = await nodeAnswer());
    script = await probeScript(['edge-light', 'worker', 'browser', 'import', 'default']);
  }, 30_000);

  it('resolves `reqlint` to the web build through package.json exports', () => {
    expect(script.resolved).toEqual(['dist/reqlint.web.js']);
  });

  it('gives the same findings, fixes, errors and guard answers as Node on every example and doc example', async () => {
    const vm = new EdgeVM();
    // The runtime really is the restricted one: no Node globals, no eval.
    expect(vm.evaluate('typeof process === "undefined" && typeof require === "undefined"')).toBe(true);
    expect(() => vm.evaluate('new Function("return 1")()')).toThrow(/Code generation from strings disallowed/);
    vm.evaluate(script.code);
    const actual = JSON.parse(
      await vm.evaluate<Promise<string>>(`reqlintProbe(${JSON.stringify(input)}).then(JSON.stringify)`),
    ) as ProbeOutput;
    expect(input.cases.length).toBeGreaterThan(100);
    // Case by case, so a failure names the example.
    const differing = input.cases.filter((_, index) => actual.findings[index] !== expected.findings[index]).map((c) => c.name);
    expect(differing).toEqual([]);
    expect(actual).toEqual(expected);
    // The probe did exercise each part: findings, a fix, a thrown error, a stopped and a passed request.
    expect(expected.findings.some((found) => found !== '[]')).toBe(true);
    expect(expected.fixed.fixed.length).toBeGreaterThan(0);
    expect(expected.asserted).toMatchObject({ name: 'RequestLintError' });
    expect(expected.guard).toMatchObject({ rejected: 400, passed: 200, sent: ['https://api.openai.com/v1/chat/completions'] });
  });
});
