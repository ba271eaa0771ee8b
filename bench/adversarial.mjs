// Adversarial benchmark (issue 19): one family per input that once cost super-linear time or
// memory. Each family runs at N and 2N in a fresh process and reports the time ratio (about 2x =
// linear; about 1x = bounded, e.g. work that stops at a limit) and the peak memory (maxRSS) of
// each run, with the part of it taken before the operation started (building the input) in
// parentheses: what the operation itself adds is the difference. A future change that brings back quadratic or exponential cost shows up here as a
// ratio of 4x or more. Run with `npm run bench:adversarial` (it builds first).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.REQLINT_BENCH_TIMEOUT ?? 120_000);

/** Builds the input for size `n` and returns the operation to time. */
const FAMILIES = {
  'deep nesting (text, levels)': {
    n: 100_000,
    async make(n, lib) {
      const text = '{"model":"o3","messages":[],"x":' + '['.repeat(n) + ']'.repeat(n) + '}';
      return () => lib.lint(text);
    },
  },
  'deep nesting (object, levels)': {
    n: 100_000,
    async make(n, lib) {
      let v = [];
      for (let i = 0; i < n; i++) v = [v];
      const body = { model: 'o3', messages: [], x: v };
      return () => lib.lint(body);
    },
  },
  'many findings (JSONL lines)': {
    n: 20_000,
    async make(n, lib) {
      const line = JSON.stringify({ model: 'gpt-4.1', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' });
      const text = Array.from({ length: n }, () => line).join('\n');
      return () => lib.lintJsonLines(text);
    },
  },
  'text fix on one-line JSON (messages)': {
    n: 1_000,
    async make(n, lib) {
      const text = JSON.stringify({
        model: 'o3',
        messages: Array.from({ length: n }, (_, i) => ({ role: 'user', content: `m${i} ` + 'x'.repeat(440) })),
        max_tokens: 100,
        temperature: 0.2,
      });
      return () => lib.applyFixes(text);
    },
  },
  '$ref alias chain (definitions)': {
    n: 2_000,
    async make(n, lib) {
      const defs = {};
      for (let i = 0; i < n; i++) defs[`d${i}`] = { $ref: `#/$defs/d${i + 1}` };
      defs[`d${n}`] = { type: 'string' };
      const body = strictSchemaBody({
        type: 'object',
        properties: { a: { $ref: '#/$defs/d0' } },
        required: ['a'],
        additionalProperties: false,
        $defs: defs,
      });
      return () => lib.lint(body);
    },
  },
  'shared-object DAG fix (levels)': {
    n: 12,
    async make(n, lib) {
      let s = { type: 'object', properties: { leaf: { type: 'string' } }, required: ['leaf'], additionalProperties: false };
      for (let i = 0; i < n; i++) s = { type: 'object', properties: { l: s, r: s }, required: ['l', 'r'], additionalProperties: false };
      const body = { ...strictSchemaBody(s), max_tokens: 5, model: 'o3' };
      return () => lib.applyFixes(body);
    },
  },
  // The walk stops once a total passes the largest limit (5,001 properties): what still grows with N
  // is building the value (outside the timing), reading its keys once, the nesting check and, for text,
  // parsing and positioning (see docs/limits.md).
  'huge strict schema (object, properties)': {
    n: 200_000,
    async make(n, lib) {
      const body = strictSchemaBody(manyProperties(n));
      return () => lib.lint(body);
    },
  },
  'huge strict schema (text, properties)': {
    n: 200_000,
    async make(n, lib) {
      const text = JSON.stringify(strictSchemaBody(manyProperties(n)));
      return () => lib.lint(text);
    },
  },
  'Batch JSONL via the CLI (lines, memory)': {
    n: 50_000,
    cli: true,
    async make(n) {
      const dir = mkdtempSync(join(tmpdir(), 'reqlint-adv-'));
      const line = JSON.stringify({
        custom_id: 'x',
        method: 'POST',
        url: '/v1/chat/completions',
        body: { model: 'gpt-4.1', messages: [{ role: 'user', content: 'hello there' }] },
      });
      // Written in chunks, so that building the file does not inflate this process's peak memory.
      writeFileSync(join(dir, 'b.jsonl'), '');
      for (let start = 0; start < n; start += 10_000) {
        const chunk = Array.from({ length: Math.min(10_000, n - start) }, (_, i) => line.replace('"x"', `"r${start + i}"`));
        appendFileSync(join(dir, 'b.jsonl'), chunk.join('\n') + '\n');
      }
      return { dir, file: join(dir, 'b.jsonl') };
    },
  },
};

function manyProperties(n) {
  const properties = {};
  for (let i = 0; i < n; i++) properties[`p${i}`] = { type: 'string' };
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

function strictSchemaBody(schema) {
  return {
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'x' }],
    response_format: { type: 'json_schema', json_schema: { name: 'out', strict: true, schema } },
  };
}

async function child(name, n) {
  const family = FAMILIES[name];
  const lib = await import(pathToFileURL(join(root, 'dist/reqlint.js')).href);
  if (family.cli) {
    // The CLI runs in this process, so its peak memory is this process's; the figures go to stderr
    // when it exits (it writes its report to stdout and may call process.exit).
    const { dir, file } = await family.make(n, lib);
    const inputMB = process.memoryUsage().rss / 2 ** 20;
    const started = performance.now();
    process.on('exit', () => {
      rmSync(dir, { recursive: true, force: true });
      process.stderr.write(
        '\nADVERSARIAL ' +
          JSON.stringify({ ms: performance.now() - started, rssMB: process.resourceUsage().maxRSS / 1024, inputMB }) +
          '\n',
      );
    });
    process.argv = [process.argv[0], join(root, 'dist/cli/bin.js'), '--format', 'json', file];
    await import(pathToFileURL(join(root, 'dist/cli/bin.js')).href);
    return;
  }
  const operation = await family.make(n, lib);
  const inputMB = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  operation();
  const ms = performance.now() - started;
  process.stderr.write('\nADVERSARIAL ' + JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, inputMB }) + '\n');
}

function measure(name, n) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name, String(n)], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 30,
  });
  const line = run.stderr?.split('\n').find((l) => l.startsWith('ADVERSARIAL '));
  if (run.error || line === undefined)
    return {
      ms: NaN,
      rssMB: NaN,
      failed: run.error ? 'timeout' : (run.stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit ${run.status}`),
    };
  return JSON.parse(line.slice('ADVERSARIAL '.length));
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]));
} else {
  const only = process.argv[2];
  console.log('family | N | time N | time 2N | ratio | peak RSS N (before the operation) | peak RSS 2N (before)');
  console.log('---|---|---|---|---|---|---');
  for (const [name, family] of Object.entries(FAMILIES)) {
    if (only && !name.includes(only)) continue;
    const a = measure(name, family.n);
    const b = measure(name, family.n * 2);
    const fmt = (r) => (r.failed ? r.failed : `${r.ms.toFixed(0)} ms`);
    const memory = (r) => `${r.rssMB?.toFixed(0)} MB (${r.inputMB?.toFixed(0)} MB)`;
    console.log(`${name} | ${family.n} | ${fmt(a)} | ${fmt(b)} | ${(b.ms / a.ms).toFixed(2)}x | ${memory(a)} | ${memory(b)}`);
  }
}
