import { EdgeVM } from '@edge-runtime/vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameAnswers, nodeAnswer, probeScript, type ProbeInput, type ProbeOutput } from './web/web-harness.js';

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
    expectSameAnswers(input, actual, expected);
  });
});
