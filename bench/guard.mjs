// `npm run bench:guard`: what the fetch guard adds to a request, as a ratio to `JSON.stringify` of the
// same body (the work every client already does to send it), measured in this same run so the ratio
// holds on any machine. The guard's cost is the whole guarded call with a network that answers at once:
// URL and endpoint detection, reading the body, linting it (default options, as `reqlintFetch()` is used).
//
//   node bench/guard.mjs [--quick] [--json FILE]
//
// Needs `npm run build` first (`npm run bench:guard` does it): it measures the built package.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { conversation, smallChat, strictToolsAndRecursiveSchema } from './fixtures.mjs';
import { formatRatio, formatTime, median, quantile } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const ROUNDS = quick ? 3 : 8;
const SAMPLES_PER_ROUND = quick ? 10 : 25;
/** A sample is the mean of a batch of calls lasting about this long, so the timer does not dominate. */
const BATCH_MS = 1;

const { reqlintFetch, lint } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href);

const URL_ = 'https://api.openai.com/v1/chat/completions';
const answered = new Response('{}', { status: 200 });
// The network: answers at once, so only the guard's own work is left in the guarded call.
const network = async () => answered;
const bare = network;
const guarded = reqlintFetch(network, { logger: false });
const headers = { 'content-type': 'application/json' };

const CASES = [
  { id: 'small-chat', title: 'small Chat request', make: smallChat },
  { id: 'strict-tools', title: '3 strict tools + recursive json_schema', make: strictToolsAndRecursiveSchema },
  { id: 'conversation-75', title: '76-message conversation with tool calls', make: () => conversation(15) },
];

let sink = 0;

function batchSize(fn) {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - start >= BATCH_MS) return n;
    n *= 2;
  }
}

async function batchSizeAsync(fn) {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) await fn();
    if (performance.now() - start >= BATCH_MS) return n;
    n *= 2;
  }
}

async function measure(spec) {
  const body = spec.make();
  const text = JSON.stringify(body);
  const tasks = {
    stringify: { sync: () => (sink += JSON.stringify(body).length) },
    lintText: { sync: () => (sink += lint(text).diagnostics.length) },
    bareFetch: { async: async () => (sink += (await bare(URL_, { method: 'POST', headers, body: text })).status) },
    guardedFetch: { async: async () => (sink += (await guarded(URL_, { method: 'POST', headers, body: text })).status) },
  };
  const check = await guarded(URL_, { method: 'POST', headers, body: text });
  if (check.status !== 200)
    throw new Error(`${spec.id}: the guard stopped the fixture (status ${check.status}); the bench measures clean requests.`);
  for (const task of Object.values(tasks)) {
    task.samples = [];
    task.n = task.sync ? batchSize(task.sync) : await batchSizeAsync(task.async);
  }
  // Rounds interleave the tasks over time, so machine noise hits all alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const task of Object.values(tasks)) {
      for (let s = 0; s < SAMPLES_PER_ROUND; s++) {
        const start = performance.now();
        if (task.sync) for (let i = 0; i < task.n; i++) task.sync();
        else for (let i = 0; i < task.n; i++) await task.async();
        task.samples.push((performance.now() - start) / task.n);
      }
    }
  }
  const summary = {};
  for (const [key, task] of Object.entries(tasks)) summary[key] = { median: median(task.samples), p99: quantile(task.samples, 0.99) };
  const overhead = summary.guardedFetch.median - summary.bareFetch.median;
  return {
    id: spec.id,
    title: spec.title,
    bytes: text.length,
    tasks: summary,
    overheadMs: overhead,
    ratio: overhead / summary.stringify.median,
  };
}

const widths = [42, 10, 12, 12, 14, 16];
const row = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(' ');
console.log(`reqlint fetch guard: cost per request (${ROUNDS} rounds × ${SAMPLES_PER_ROUND} samples; medians; Node ${process.version})`);
console.log('guard cost = guarded fetch − the same call on the bare fetch, with a network that answers at once\n');
console.log(row(['request', 'body', 'JSON.stringify', 'lint(text)', 'guard cost', 'guard ÷ stringify']));
const results = [];
for (const spec of CASES) {
  const m = await measure(spec);
  results.push(m);
  console.log(
    row([
      m.title,
      `${(m.bytes / 1024).toFixed(1)} KiB`,
      formatTime(m.tasks.stringify.median),
      formatTime(m.tasks.lintText.median),
      formatTime(m.overheadMs),
      formatRatio(m.ratio),
    ]),
  );
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ node: process.version, results }, null, 2));
if (sink === 42) console.log('');
