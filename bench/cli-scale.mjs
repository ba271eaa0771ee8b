// CLI scale benchmark (issue 6): lints 10,000 fixture files and a 100,000-line JSONL file with the
// built CLI and prints files/s, requests/s and peak memory, each against a baseline measured in the
// same run on the same data: a process that only reads the files and `JSON.parse`s them.
// `--cache` (issue 18): the same tree linted twice with a fresh cache; the second run, on unchanged
// files, is reported as a ratio to the first (ESLint's `--cache` promise: unchanged files are not linted).
// Run with `npm run bench:cli` (it builds first). Figures vary by machine; ratios are what to compare.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `REQLINT_BENCH_CLI=<dir>/dist/cli/bin.js` measures another build's CLI on the same data (an A/B run).
const bin = process.env.REQLINT_BENCH_CLI ?? join(root, 'dist/cli/bin.js');
const sampler = join(root, 'bench/cli-scale-sampler.mjs');
const FILES = Number(process.env.REQLINT_BENCH_FILES ?? 10_000);
const LINES = Number(process.env.REQLINT_BENCH_LINES ?? 100_000);

// Realistic requests: mostly clean, some with a planted mistake, a few with tools and schemas.
const requests = [
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Summarise the refund policy.' },
    ],
    temperature: 0.2,
  },
  { model: 'o3', messages: [{ role: 'user', content: 'Find the bug.' }], max_tokens: 4000 },
  {
    model: 'gpt-4.1-mini',
    messages: [{ role: 'user', content: 'Weather?' }],
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
          strict: true,
        },
      },
    ],
    tool_choice: 'auto',
    parallel_tool_calls: false,
  },
  { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' },
  {
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'Extract.' }],
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'x',
        strict: true,
        schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false },
      },
    },
  },
];

function measure(args, label) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', sampler, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /REQLINT_BENCH_PEAK (\{.*\})/.exec(child.stderr);
  if (child.status !== 0 && child.status !== 1) throw new Error(`${label} failed (${child.status}): ${child.stderr}`);
  const output = args.indexOf('-o');
  const problems =
    output === -1 ? undefined : JSON.parse(readFileSync(args[output + 1], 'utf8')).reduce((sum, file) => sum + file.diagnostics.length, 0);
  return { seconds, peak: match ? JSON.parse(match[1]) : { rss: NaN, heapUsed: NaN }, problems };
}

const dir = mkdtempSync(join(tmpdir(), 'reqlint-bench-cli-'));
try {
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, 'tree', `d${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${i}.json`), JSON.stringify(requests[i % requests.length], null, 2) + '\n');
  }
  const jsonl = join(dir, 'big.jsonl');
  const out = createWriteStream(jsonl);
  for (let i = 0; i < LINES; i++) if (!out.write(JSON.stringify(requests[i % requests.length]) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  // The same size with only clean requests: memory then shows what streaming costs without findings.
  const cleanJsonl = join(dir, 'clean.jsonl');
  const cleanOut = createWriteStream(cleanJsonl);
  for (let i = 0; i < LINES; i++) if (!cleanOut.write(JSON.stringify(requests[[0, 2, 4][i % 3]]) + '\n')) await once(cleanOut, 'drain');
  cleanOut.end();
  await once(cleanOut, 'finish');

  const readTree = `import{readFileSync}from'node:fs';import{glob}from'${join(root, 'node_modules/tinyglobby/dist/index.mjs')}';let n=0;for(const f of await glob('**/*.json',{cwd:process.argv[1]}))n+=Object.keys(JSON.parse(readFileSync(process.argv[1]+'/'+f,'utf8'))).length;`;
  const readJsonl = `import{createReadStream}from'node:fs';import{createInterface}from'node:readline';let n=0;for await(const l of createInterface({input:createReadStream(process.argv[1])}))if(l)n+=Object.keys(JSON.parse(l)).length;`;
  const runs = [
    ['tree: read + JSON.parse (baseline)', ['--input-type=module', '-e', readTree, join(dir, 'tree')], FILES, 'files'],
    [
      `tree: reqlint (default: ${availableParallelism() - 1 >= 2 ? `${Math.min(8, availableParallelism() - 1)} workers` : 'one thread, < 3 CPUs'})`,
      [bin, join(dir, 'tree'), '-f', 'json', '-o', join(dir, 'out1.json')],
      FILES,
      'files',
    ],
    [
      'tree: reqlint --concurrency 2',
      [bin, join(dir, 'tree'), '-f', 'json', '-o', join(dir, 'out4.json'), '--concurrency', '2'],
      FILES,
      'files',
    ],
    [
      'tree: reqlint --concurrency off',
      [bin, join(dir, 'tree'), '-f', 'json', '-o', join(dir, 'out2.json'), '--concurrency', 'off'],
      FILES,
      'files',
    ],
    ['jsonl: readline + JSON.parse (baseline)', ['--input-type=module', '-e', readJsonl, jsonl], LINES, 'requests'],
    ['jsonl: reqlint (streamed, 2 in 5 lines bad)', [bin, jsonl, '-f', 'json', '-o', join(dir, 'out3.json')], LINES, 'requests'],
    ['jsonl: reqlint (streamed, all lines clean)', [bin, cleanJsonl, '-f', 'json', '-o', join(dir, 'out5.json')], LINES, 'requests'],
    // V8 collects lazily, so the peak heap above is mostly garbage; capping the heap shows what streaming needs.
    [
      'jsonl: same, heap capped (--max-old-space-size=64)',
      ['--max-old-space-size=64', bin, cleanJsonl, '-f', 'json', '-o', join(dir, 'out6.json')],
      LINES,
      'requests',
    ],
  ];
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`reqlint CLI scale benchmark: ${FILES} files, ${LINES}-line JSONL, node ${process.version}, ${availableParallelism()} CPUs`);
  console.log(
    `${'run'.padEnd(52)} ${'time'.padStart(8)} ${'rate'.padStart(18)} ${'peak RSS'.padStart(9)} ${'peak heap'.padStart(10)} ${'problems'.padStart(9)}`,
  );
  for (const [label, args, count, unit] of runs) {
    const { seconds, peak, problems } = measure(args, label);
    console.log(
      `${label.padEnd(52)} ${`${seconds.toFixed(2)} s`.padStart(8)} ${`${Math.round(count / seconds).toLocaleString('en')} ${unit}/s`.padStart(18)} ${mb(peak.rss).padStart(9)} ${mb(peak.heapUsed).padStart(10)} ${String(problems ?? '-').padStart(9)}`,
    );
  }
  const cacheArgs = (out) => [
    bin,
    join(dir, 'tree'),
    '-f',
    'json',
    '-o',
    join(dir, out),
    '--cache',
    '--cache-location',
    join(dir, 'cache', '.reqlintcache'),
  ];
  const cold = measure(cacheArgs('out7.json'), 'cache: first run');
  const warm = measure(cacheArgs('out8.json'), 'cache: second run');
  for (const [label, { seconds, peak, problems }] of [
    ['tree: reqlint --cache, first run (cache empty)', cold],
    ['tree: reqlint --cache, second run (files unchanged)', warm],
  ]) {
    console.log(
      `${label.padEnd(52)} ${`${seconds.toFixed(2)} s`.padStart(8)} ${`${Math.round(FILES / seconds).toLocaleString('en')} files/s`.padStart(18)} ${mb(peak.rss).padStart(9)} ${mb(peak.heapUsed).padStart(10)} ${String(problems ?? '-').padStart(9)}`,
    );
  }
  const cachedSame = readFileSync(join(dir, 'out7.json'), 'utf8') === readFileSync(join(dir, 'out8.json'), 'utf8');
  console.log(
    `\n--cache: second run / first run = ${(warm.seconds / cold.seconds).toFixed(2)} (${FILES} unchanged files); reports identical: ${cachedSame ? 'yes' : 'NO'}`,
  );
  if (!cachedSame) process.exitCode = 1;
  // Worker threads must not change the report: same files, same order, same diagnostics.
  const same = readFileSync(join(dir, 'out4.json'), 'utf8') === readFileSync(join(dir, 'out2.json'), 'utf8');
  console.log(`\nreport with --concurrency 2 identical to --concurrency off: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
  console.log("peak heap is the main thread's; RSS includes worker threads. Each run is a fresh process (start-up included).");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
