import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './web/chromium.mjs';
import { expectSameAnswers, nodeAnswer, probeScript, type ProbeInput, type ProbeOutput } from './web/web-harness.js';

/**
 * The public API in a real browser, on the page and in a Web Worker, loaded through the `browser` export
 * condition as Vite or webpack bundle it. Same answers as under Node on every example and doc example.
 */
describe('reqlint in headless Chromium', () => {
  let browser: Browser;
  let input: ProbeInput;
  let expected: ProbeOutput;
  let script: { code: string; resolved: string[] };
  beforeAll(async () => {
    ({ input, expected } = await nodeAnswer());
    script = await probeScript(['browser', 'import', 'default']);
    try {
      browser = await launchChromium();
    } catch (error) {
      throw new Error(`Chromium did not start from ${CHROMIUM} (apt-get install chromium): ${String(error)}`, { cause: error });
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('resolves `reqlint` to the web build through package.json exports', () => {
    expect(script.resolved).toEqual(['dist/reqlint.web.js']);
  });

  it('gives the same answers as Node on the page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><title>reqlint</title>');
    await page.addScriptTag({ content: script.code });
    const actual = JSON.parse(
      await page.evaluate(
        async (given) =>
          JSON.stringify(await (globalThis as unknown as { reqlintProbe: (i: unknown) => Promise<unknown> }).reqlintProbe(given)),
        input,
      ),
    ) as ProbeOutput;
    expect(errors).toEqual([]);
    expectSameAnswers(input, actual, expected);
    await page.close();
  });

  it('gives the same answers as Node in a Web Worker', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>reqlint worker</title>');
    // A string, evaluated in the page: the worker's script is the bundle plus a message handler.
    const source = `${script.code}\nonmessage = async (event) => postMessage(JSON.stringify(await reqlintProbe(event.data)));`;
    const answer = (await page.evaluate(`new Promise((resolve, reject) => {
      const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(source)}], { type: 'text/javascript' })));
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(${JSON.stringify(input)});
    })`)) as string;
    expectSameAnswers(input, JSON.parse(answer) as ProbeOutput, expected);
    await page.close();
  });
});
