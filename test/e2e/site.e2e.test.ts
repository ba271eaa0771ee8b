import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { readDocExamples, readRuleDoc, REPO_ROOT } from '../support/rule-docs.js';
import { requireBuiltPackage } from './web/web-harness.js';

const SITE = join(REPO_ROOT, '.site', '.vitepress', 'dist');
const SCREENSHOTS = join(REPO_ROOT, 'test-screenshots');
const CHROMIUM = process.env['REQLINT_E2E_CHROMIUM'] ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** The documentation site (`npm run site`), built here, served on the loopback address, read in Chromium. */
describe('the documentation site', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    requireBuiltPackage();
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'site.mjs')], { cwd: REPO_ROOT, stdio: 'ignore' });
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vitepress', 'bin', 'vitepress.js'), 'build', '.site'], { cwd: REPO_ROOT, stdio: 'ignore' });
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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
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
      const text = readFileSync(file, 'utf8').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      for (const example of readDocExamples(readRuleDoc(rule.id) ?? '')) {
        const line = example.code.split('\n').map((l) => l.trim()).find((l) => l.length > 8);
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
});
