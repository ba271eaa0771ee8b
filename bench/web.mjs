// `npm run bench:web`: the web build as a browser application ships it, and its first lint in Chromium
// as a ratio to Node's, both measured in this run so the ratio holds on any machine.
//
// - Size: `import { lint, applyFixes, assertValidRequest, reqlintFetch } from 'reqlint'` bundled for the
//   browser (conditions `browser`, `import`; dependencies and validators joined in, as Vite or webpack
//   do), minified, then gzipped (level 9).
// - First lint: from loading the code to the first `lint()` of a realistic request returning, in a fresh
//   context each time: a fresh Node process (`import('reqlint')` + lint), a fresh Chromium page (script
//   evaluation + lint, the script already in memory so no network time is counted). Medians.
//
//   node bench/web.mjs [--quick] [--json FILE]
//
// Needs `npm run build` first (`npm run bench:web` does it) and Debian's chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/web/chromium.mjs';
import { build } from 'rolldown';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = args.includes('--quick') ? 5 : 15;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const request = JSON.stringify({
  model: 'o3',
  max_tokens: 500,
  temperature: 0.2,
  messages: [
    { role: 'system', content: 'You are a support agent.' },
    { role: 'user', content: 'Where is my order #1234?' },
  ],
  tools: [
    {
      type: 'function',
      function: {
        name: 'lookup_order',
        strict: true,
        parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
      },
    },
  ],
});

const outDir = join(root, 'node_modules', '.cache', 'reqlint-bench-web');
mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'entry.mjs');
writeFileSync(
  entry,
  `import { lint, applyFixes, assertValidRequest, reqlintFetch } from 'reqlint';\nglobalThis.reqlint = { lint, applyFixes, assertValidRequest, reqlintFetch };\n`,
);
const bundle = await build({
  input: entry,
  platform: 'browser',
  resolve: { conditionNames: ['browser', 'import', 'default'] },
  write: false,
  output: { format: 'iife', minify: true, codeSplitting: false },
  logLevel: 'warn',
});
const code = bundle.output.find((item) => item.type === 'chunk').code;
const minified = Buffer.byteLength(code);
const gzipped = gzipSync(code, { level: 9 }).length;

// Node: a fresh process per run, timing import + first lint inside it (process start-up excluded).
const nodeProbe = `const t0 = performance.now(); const { lint } = await import('reqlint'); lint(${JSON.stringify(request)}); console.log(performance.now() - t0);`;
const nodeTimes = [];
const chromeTimes = [];
const browser = await launchChromium();
try {
  for (let run = 0; run < runs; run++) {
    // Alternated, so load on the shared machine falls on both sides alike.
    nodeTimes.push(
      Number(execFileSync(process.execPath, ['--input-type=module', '-e', nodeProbe], { cwd: root, encoding: 'utf8' }).trim()),
    );
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    chromeTimes.push(
      await page.evaluate(
        ({ code, request }) => {
          const t0 = performance.now();
          (0, eval)(code);
          globalThis.reqlint.lint(request);
          return performance.now() - t0;
        },
        { code, request },
      ),
    );
    await page.close();
  }
} finally {
  await browser.close();
}
const result = {
  bundle: { minifiedBytes: minified, gzippedBytes: gzipped },
  firstLintMs: { node: median(nodeTimes), chromium: median(chromeTimes) },
  ratio: median(chromeTimes) / median(nodeTimes),
  runs,
};
process.stdout.write(
  `web bundle: ${(minified / 1024).toFixed(0)} KiB minified, ${(gzipped / 1024).toFixed(0)} KiB gzipped\n` +
    `first lint (load + lint, median of ${runs}): Node ${result.firstLintMs.node.toFixed(1)} ms, Chromium ${result.firstLintMs.chromium.toFixed(1)} ms, ratio ${result.ratio.toFixed(2)}\n`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2) + '\n');
