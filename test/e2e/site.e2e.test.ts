import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './web/chromium.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { applyFix, applyFixes, describeFix, lint } from '../../src/index.js';
import { readDocExamples, readRuleDoc, REPO_ROOT } from '../support/rule-docs.js';
import { requireBuiltPackage } from './web/web-harness.js';

const SITE = join(REPO_ROOT, '.site', '.vitepress', 'dist');
const SCREENSHOTS = join(REPO_ROOT, 'test-screenshots');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The documentation site (`npm run site`), built here, served on the loopback address, read in Chromium. */
describe('the documentation site', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    requireBuiltPackage();
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'site.mjs')], { cwd: REPO_ROOT, stdio: 'ignore' });
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vitepress', 'bin', 'vitepress.js'), 'build', '.site'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(SITE, path);
      if (path.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
      if (!file.startsWith(SITE) || !existsSync(file)) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  it('has a page for every rule, showing its description and every example of its doc', () => {
    const missing: string[] = [];
    for (const rule of builtinRules) {
      const file = join(SITE, 'rules', `${rule.id}.html`);
      if (!existsSync(file)) {
        missing.push(`${rule.id}: no page`);
        continue;
      }
      // The rendered text, without the highlighter's markup and entities.
      const text = readFileSync(file, 'utf8')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      for (const example of readDocExamples(readRuleDoc(rule.id) ?? '')) {
        const line = example.code
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l.length > 8);
        if (line !== undefined && !text.includes(line)) missing.push(`${rule.id}: example at line ${example.line} (${line})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('renders a rule page in Chromium with its meta and examples, and links it from the rule index', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await browser.newPage();
    const rule = builtinRules.find((r) => r.id === 'reasoning/no-max-tokens-on-reasoning-model')!;
    await page.goto(`${base}/rules/${rule.id}.html`);
    const body = await page.locator('main').innerText();
    // The description is Markdown: its `code` spans render without the backticks.
    expect(body).toContain(rule.meta.description.replaceAll('`', ''));
    expect(body).toContain('Default severity');
    expect(body).toContain('max_completion_tokens');
    await page.screenshot({ path: join(SCREENSHOTS, 'rule-page.png'), fullPage: true });
    await page.goto(`${base}/rules/`);
    expect(await page.locator(`a[href$="${rule.id}.html"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders a model page in Chromium: its ids, facts, the rules that read them, and sources with dates', async () => {
    const data = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'models.json'), 'utf8')) as {
      models: Array<{ ids: string[]; checked: string; parameters: Record<string, string | null>; sources: string[] }>;
      sources: Record<string, { url: string; snapshot: string }>;
    };
    // One page per entry of the data, named after its first id.
    expect(data.models.filter((model) => !existsSync(join(SITE, 'models', `${model.ids[0]}.html`))).map((m) => m.ids[0])).toEqual([]);
    const o3 = data.models.find((model) => model.ids.includes('o3'))!;
    const page = await browser.newPage();
    await page.goto(`${base}/models/${o3.ids[0]}.html`);
    const main = page.locator('main');
    const body = await main.innerText();
    for (const id of o3.ids) expect(body).toContain(id);
    expect(body).toContain(`checked ${o3.checked}`);
    // The parameters table: o3 rejects top_p, and the sampling rule that reads it is linked.
    const topP = await main.locator('tr', { hasText: 'top_p' }).first().innerText();
    expect(topP).toContain(o3.parameters['top_p']!);
    expect(topP).toContain('sampling/no-unsupported-sampling-parameters');
    await main.locator('tr', { hasText: 'top_p' }).first().locator('a[href*="no-unsupported-sampling-parameters"]').click();
    await page.waitForURL(/\/rules\/sampling\/no-unsupported-sampling-parameters\.html$/);
    expect(await page.locator('main').innerText()).toContain('parameters.top_p');
    await page.goBack();
    // Every source of the entry, linked, with the date of the version read.
    for (const key of o3.sources) {
      const row = await page.locator('main tr', { hasText: key }).last().innerText();
      expect(row).toContain(data.sources[key]!.snapshot);
      expect(await page.locator(`main a[href="${data.sources[key]!.url}"]`).count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'model-page.png'), fullPage: true });
    await page.goto(`${base}/models/`);
    // The index links the page (the sidebar does too; this is the index's own table).
    await page.locator('main').getByRole('link', { name: o3.ids[0], exact: true }).click();
    await page.waitForURL(new RegExp(`/models/${o3.ids[0]}\\.html$`));
    await page.close();
  });

  it('playground: shows the findings of a shared request, applies the fixes as --fix does, and a shared link restores it', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const planted = readFileSync(join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'planted.jsonc'), 'utf8');
    const hashOf = (text: string) => Buffer.from(JSON.stringify({ text, api: 'auto', preset: 'recommended' }), 'utf8').toString('base64');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The editor's whole text, as the playground keeps it in the link (written on every change).
    const textIn = (target: typeof page) =>
      target.evaluate('JSON.parse(decodeURIComponent(escape(atob(location.hash.slice(1))))).text') as Promise<string>;
    const editorText = () => textIn(page);
    const shownRules = () =>
      page.locator('[data-test=findings] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));

    await page.goto(`${base}/playground/#${hashOf(planted)}`);
    const expected = lint(planted).diagnostics.map((d) => d.ruleId);
    expect(expected.length).toBeGreaterThan(1);
    await page.locator('[data-test=findings] li').first().waitFor();
    await expect.poll(shownRules, { timeout: 10_000 }).toEqual(expected);
    // Squiggles: CodeMirror marks each finding's range in the text.
    await expect.poll(() => page.locator('.cm-lintRange').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'playground.png'), fullPage: true });

    // One finding's own fix button: exactly the library's applyFix of that fix, the other findings stay.
    const streamOptions = lint(planted).diagnostics.find((d) => d.ruleId === 'streaming/no-stream-options-without-stream')!;
    const afterOne = applyFix(planted, streamOptions.fix!);
    expect(afterOne).not.toContain('stream_options');
    const fixButton = page.locator(`[data-test=findings] li[data-rule="${streamOptions.ruleId}"] button[data-test=fix]`);
    // Labelled as the language server titles the same fix: the library's describeFix.
    expect((await fixButton.textContent())?.trim()).toBe(`Fix: ${describeFix(streamOptions.fix!)}`);
    await fixButton.click();
    await expect.poll(editorText, { timeout: 10_000 }).toBe(afterOne);
    await expect.poll(shownRules, { timeout: 10_000 }).toEqual(lint(afterOne).diagnostics.map((d) => d.ruleId));
    expect(await shownRules()).toContain('tools/no-tool-choice-without-tools');

    await page.locator('[data-test=fix-all]').click();
    const fixed = applyFixes(afterOne).output;
    expect(fixed).not.toBe(afterOne);
    expect(fixed).toBe(applyFixes(planted).output);
    await expect.poll(editorText, { timeout: 10_000 }).toBe(fixed);
    // The editor shows it too (CodeMirror renders one element per line).
    expect(await page.locator('.cm-content .cm-line').count()).toBe(fixed.split('\n').length);
    await expect.poll(shownRules, { timeout: 10_000 }).toEqual(lint(fixed).diagnostics.map((d) => d.ruleId));

    // The link now holds the fixed request: a fresh page restores it.
    const shared = page.url();
    const other = await browser.newPage();
    await other.goto(shared);
    await other.locator('.cm-content').waitFor();
    await expect.poll(() => textIn(other), { timeout: 10_000 }).toBe(fixed);
    await expect.poll(() => other.locator('[data-test=findings] li').count(), { timeout: 10_000 }).toBe(lint(fixed).diagnostics.length);
    expect(await other.locator('.cm-content .cm-line').count()).toBe(fixed.split('\n').length);
    expect(errors).toEqual([]);
    await other.close();
    await page.close();
  });

  it("playground: a suggestion's button in the editor's tooltip applies that suggestion, as the library's applyFix does", async () => {
    const request = `{\n  "model": "o3",\n  "messages": [{ "role": "user", "content": "Where is my parcel?" }],\n  "tool_choice": "auto"\n}\n`;
    const [finding, ...others] = lint(request).diagnostics;
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'tools/no-tool-choice-without-tools' });
    expect(finding!.fix).toBeUndefined();
    const suggestion = finding!.suggestions![0]!;
    const expected = applyFix(request, suggestion.fix);
    expect(expected).not.toContain('tool_choice');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(
      `${base}/playground/#${Buffer.from(JSON.stringify({ text: request, api: 'auto', preset: 'recommended' })).toString('base64')}`,
    );
    // The findings list offers it too, labelled with the suggestion's message.
    await expect
      .poll(() => page.locator('[data-test=findings] button[data-test=suggestion]').allInnerTexts(), { timeout: 10_000 })
      .toEqual([suggestion.message]);
    // Hovering the squiggle shows CodeMirror's tooltip with the finding's actions as buttons.
    await page.locator('.cm-lintRange').first().hover();
    const button = page.locator('.cm-tooltip .cm-diagnosticAction.reqlint-suggestion');
    await button.waitFor({ timeout: 10_000 });
    expect(await button.innerText()).toBe(suggestion.message);
    await page.screenshot({ path: join(SCREENSHOTS, 'playground-suggestion.png'), fullPage: true });
    await button.click();
    await expect
      .poll(() => page.evaluate('JSON.parse(decodeURIComponent(escape(atob(location.hash.slice(1))))).text'), { timeout: 10_000 })
      .toBe(expected);
    await expect.poll(() => page.locator('[data-test=findings] li').count(), { timeout: 10_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
