import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSameAnswers, nodeAnswer, probeScript, type ProbeInput, type ProbeOutput } from './web/web-harness.js';

/**
 * The public API inside Cloudflare's runtime: `workerd` itself (the binary that the npm registry ships
 * as an optional dependency of `miniflare`), driven by miniflare as `wrangler dev` drives it. The probe
 * is bundled with wrangler's export conditions (`workerd`, `worker`, `browser`) into a module Worker
 * that answers a POST of the cases with the probe's answers. Same answers as under Node.
 */
describe('reqlint in Cloudflare workerd (miniflare)', () => {
  let input: ProbeInput;
  let expected: ProbeOutput;
  let script: { code: string; resolved: string[] };
  let worker: Miniflare;
  beforeAll(async () => {
    ({ input, expected } = await nodeAnswer());
    script = await probeScript(['workerd', 'worker', 'browser', 'import', 'default']);
    worker = new Miniflare({
      modules: true,
      // The bundle defines `globalThis.reqlintProbe`; the Worker's fetch handler runs it on the posted cases.
      script: `${script.code}
export default {
  async fetch(request) {
    if (new URL(request.url).pathname === '/eval') {
      try { new Function('return 1')(); return new Response('allowed'); } catch (error) { return new Response(String(error)); }
    }
    return Response.json(await globalThis.reqlintProbe(await request.json()));
  },
};`,
      // A date workerd's own release supports; Workers pin one in wrangler.toml the same way.
      compatibilityDate: '2026-07-01',
    });
    await worker.ready;
  }, 60_000);
  afterAll(async () => {
    await worker?.dispose();
  });

  it('resolves `reqlint` to the web build through package.json exports', () => {
    expect(script.resolved).toEqual(['dist/reqlint.web.js']);
  });

  it('gives the same findings, fixes, errors and guard answers as Node on every example and doc example', async () => {
    // The runtime really is workerd, which forbids generating code from strings.
    expect(await (await worker.dispatchFetch('http://worker/eval')).text()).toMatch(/Code generation from strings disallowed/);
    const response = await worker.dispatchFetch('http://worker/probe', { method: 'POST', body: JSON.stringify(input) });
    expect(response.status).toBe(200);
    const actual = (await response.json()) as ProbeOutput;
    expectSameAnswers(input, actual, expected);
  });
});
