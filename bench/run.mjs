// `npm run bench`: how much a pre-flight lint costs, as ratios against baselines measured in the same
// run (so the targets hold on any machine), plus start-up and CLI wall time against bare `node -e 0`.
//
//   node bench/run.mjs            full run (about a minute)
//   node bench/run.mjs --quick    fewer samples, for a smoke test
//   node bench/run.mjs --check    exit 1 when a target is missed
//   node bench/run.mjs --json F   also write every figure to F
//   node bench/run.mjs --baseline DIR
//                                 also lint every case with another build's library (DIR/reqlint.js,
//                                 e.g. a checkout of main built with `npm run build`), interleaved
//                                 with this one, and report this build's time as a ratio to it
//
// Needs `npm run build` first (`npm run bench` does it): it measures the built package, as users run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { conversation, langchainOptions, responsesRequest, smallChat, strictToolsAndRecursiveSchema } from './fixtures.mjs';
import { measureMeans } from './means.mjs';
import { formatRatio, formatTime, median, quantile } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const check = args.includes('--check');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const baselineDir = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined;
const baseline = baselineDir === undefined ? undefined : await import(pathToFileURL(join(baselineDir, 'reqlint.js')).href);

/** Per task and round; more rounds interleave the tasks over time, so machine noise hits all alike. */
const TASK_TIME_MS = quick ? 80 : 300;
const ROUNDS = quick ? 2 : 4;
const PROCESS_RUNS = quick ? 10 : 40;

const TARGETS = {
  objectVsSchema: 2,
  textVsParsePlusObject: 3,
  startupAboveNodeMs: 30,
  cliWallMs: 150,
  /** Issue 16's reading of start-up for the CLI, measured like the library's: above bare Node. */
  cliAboveNodeMs: 100,
  /** Issue 16: lint of an object and of text, each within 2x of what parsing and validating alone cost. */
  versusParsePlusSchema: 2,
  /**
   * Per-message cost at 10x and 100x relative to 1x, divided by the same growth of the baseline
   * (schema-only validation; JSON.parse + lint of the object): linear growth keeps it near 1.
   */
  growthPerUnit: 1.5,
  /** With `--baseline`: this build's time ÷ the baseline build's, for a new object each call and for text. */
  versusBaseline: 1.25,
};

/** Column widths of the printed tables. */
const GROWTH_WIDTHS = [5, 9, 10, 11, 12, 13, 11];
const PROCESS_WIDTHS = [22, 10, 10];
const TARGET_WIDTHS = [70, 10, 10];

const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const { lint } = await import(dist('src/index.js'));
const { validatorFor } = await import(dist('src/engine/validate/validator.js'));
const { dialectById } = await import(dist('src/dialects/index.js'));
const { standaloneFileName } = await import(dist('src/engine/validate/validator.js'));
const validatorsSource = existsSync(join(root, 'dist', standaloneFileName('chat.completions')))
  ? 'build-time (ajv standalone)'
  : 'compiled at run time (no build output: run `npm run build`)';

/** Why a case was not measured, by case id. */
const skipped = new Map();
const results = { machine: machineNote(), cases: [], growth: [], startup: undefined, cli: undefined, means: undefined, targets: [] };
/** Results are folded into this so the optimiser cannot drop the measured calls. */
let sink = 0;

log(`reqlint benchmark (${results.machine}); ${quick ? 'quick run' : 'full run'}: ${ROUNDS} rounds × ${TASK_TIME_MS} ms per task`);
log('Per-call times are medians and p99 over samples; a sample is the mean of a batch of calls sized to ~50 µs,');
log('so the timer does not dominate sub-microsecond calls. Ratios divide medians measured in this same run.');
log(`Validators: ${validatorsSource}.\n`);

// ---------------------------------------------------------------------------------------------------
// 1. Per-request cost in process.

const CASES = [
  { id: 'small-chat', title: 'small Chat request', api: 'chat.completions', make: smallChat },
  { id: 'strict-tools', title: '3 strict tools + recursive json_schema', api: 'chat.completions', make: strictToolsAndRecursiveSchema },
  { id: 'conversation-75', title: '76-message conversation with tool calls', api: 'chat.completions', make: () => conversation(15) },
  { id: 'responses', title: 'Responses request', api: 'responses', make: responsesRequest },
  { id: 'langchain', title: 'LangChain ChatOpenAI options', api: 'langchain', make: langchainOptions },
];

log('1. Per request (full lint = schema + every rule: preset "all")');
log(row(['case', 'JSON.parse', 'schema only', 'lint(object)', 'lint(text)', 'object/schema', 'text/(parse+object)']));
for (const spec of CASES) {
  const measured = await measureCase(spec);
  if (measured === undefined) continue;
  results.cases.push(measured);
  const { parse, validate, lintObject, lintText } = measured.tasks;
  log(
    row([
      spec.title,
      timeCell(parse),
      timeCell(validate),
      timeCell(lintObject),
      timeCell(lintText),
      formatRatio(measured.ratios.objectVsSchema),
      formatRatio(measured.ratios.textVsParsePlusObject),
    ]),
  );
  addTarget(`${spec.title}: lint(object) ÷ schema-only validation`, measured.ratios.objectVsSchema, TARGETS.objectVsSchema, 'x');
  addTarget(
    `${spec.title}: lint(text) ÷ (JSON.parse + lint(object))`,
    measured.ratios.textVsParsePlusObject,
    TARGETS.textVsParsePlusObject,
    'x',
  );
  for (const [input, ratio] of [
    ['object', measured.ratios.objectVsParsePlusSchema],
    ['text', measured.ratios.textVsParsePlusSchema],
  ])
    addTarget(`${spec.title}: lint(${input}) ÷ (JSON.parse + schema-only validation)`, ratio, TARGETS.versusParsePlusSchema, 'x');
  if (measured.ratios.objectVsBaseline !== undefined) {
    log(
      row([
        `  ÷ baseline build (${baselineDir})`,
        '',
        '',
        formatRatio(measured.ratios.objectVsBaseline),
        formatRatio(measured.ratios.textVsBaseline),
      ]),
    );
    addTarget(`${spec.title}: lint(object) ÷ the baseline build's`, measured.ratios.objectVsBaseline, TARGETS.versusBaseline, 'x');
    addTarget(`${spec.title}: lint(text) ÷ the baseline build's`, measured.ratios.textVsBaseline, TARGETS.versusBaseline, 'x');
  }
}

// ---------------------------------------------------------------------------------------------------
// 2. Linear growth: the conversation at 1x, 10x and 100x its size.

log('\n2. Growth with request size (conversation; time per message, and per-message cost ÷ the 1x cost)');
log(
  row(
    ['size', 'messages', 'text size', 'JSON.parse', 'schema only', 'lint(object)', 'lint(text)', 'growth: parse / schema / object / text'],
    GROWTH_WIDTHS,
  ),
);
const growthBase = {};
for (const factor of [1, 10, 100]) {
  const measured = await measureCase({
    id: `conversation-${factor}x`,
    title: `${factor}x`,
    api: 'chat.completions',
    make: () => conversation(15 * factor),
  });
  if (measured === undefined) continue;
  const messages = measured.messages;
  measured.tasks.parsePlusObject = { median: measured.tasks.parse.median + measured.tasks.lintObject.median };
  const perMessage = (task) => task.median / messages;
  if (factor === 1) for (const key of Object.keys(measured.tasks)) growthBase[key] = perMessage(measured.tasks[key]);
  const growth = (key) => perMessage(measured.tasks[key]) / growthBase[key];
  const entry = { factor, messages, textBytes: measured.textBytes, perMessageMs: {}, growth: {} };
  for (const key of Object.keys(measured.tasks)) {
    entry.perMessageMs[key] = perMessage(measured.tasks[key]);
    entry.growth[key] = growth(key);
  }
  results.growth.push(entry);
  log(
    row(
      [
        `${factor}x`,
        String(messages),
        `${(measured.textBytes / 1024).toFixed(0)} KiB`,
        formatTime(entry.perMessageMs.parse),
        formatTime(entry.perMessageMs.validate),
        formatTime(entry.perMessageMs.lintObject),
        formatTime(entry.perMessageMs.lintText),
        ['parse', 'validate', 'lintObject', 'lintText'].map((key) => formatRatio(entry.growth[key])).join(' / '),
      ],
      GROWTH_WIDTHS,
    ),
  );
  if (factor > 1) {
    // Large documents cost the baselines more per message too (cache misses, GC of a bigger heap), so
    // linearity is judged against them: lint's per-message growth ÷ its baseline's per-message growth.
    entry.relativeGrowth = {
      lintObject: entry.growth.lintObject / entry.growth.validate,
      lintText: entry.growth.lintText / entry.growth.parsePlusObject,
    };
    addTarget(
      `growth ${factor}x: lint(object) per-message growth ÷ schema-only's (${formatRatio(entry.growth.lintObject)} ÷ ${formatRatio(entry.growth.validate)})`,
      entry.relativeGrowth.lintObject,
      TARGETS.growthPerUnit,
      'x',
    );
    addTarget(
      `growth ${factor}x: lint(text) per-message growth ÷ parse+object's (${formatRatio(entry.growth.lintText)} ÷ ${formatRatio(entry.growth.parsePlusObject)})`,
      entry.relativeGrowth.lintText,
      TARGETS.growthPerUnit,
      'x',
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// 3. Start-up and CLI, in fresh processes, against bare Node start-up measured alternately with them.

log(`\n3. Fresh processes (wall clock, ${PROCESS_RUNS} runs each, alternated with \`node -e 0\`)`);
const probe = join(root, 'bench', 'probes', 'first-lint.mjs');
log(row(['', 'median', 'p99', 'above node -e 0 (median)'], PROCESS_WIDTHS));
const startup = compareProcesses('startup', [process.execPath, probe], PROCESS_RUNS);
results.startup = startup;
if (startup !== undefined) {
  log(row(['node -e 0', formatTime(startup.baseline.median), formatTime(startup.baseline.p99), ''], PROCESS_WIDTHS));
  log(
    row(
      ['import + first lint', formatTime(startup.subject.median), formatTime(startup.subject.p99), formatTime(startup.aboveBaseline)],
      PROCESS_WIDTHS,
    ),
  );
  addTarget('import + first lint, above bare node start-up', startup.aboveBaseline, TARGETS.startupAboveNodeMs, 'ms');
}

const scratch = mkdtempSync(join(tmpdir(), 'reqlint-bench-'));
try {
  const file = join(scratch, 'request.json');
  writeFileSync(file, JSON.stringify(smallChat(), null, 2) + '\n');
  const cli = compareProcesses('cli', [process.execPath, join(root, 'dist', 'cli', 'bin.js'), file], PROCESS_RUNS);
  results.cli = cli;
  if (cli !== undefined) {
    log(row(['CLI, one file', formatTime(cli.subject.median), formatTime(cli.subject.p99), formatTime(cli.aboveBaseline)], PROCESS_WIDTHS));
    addTarget('CLI on one file, wall time (median)', cli.subject.median, TARGETS.cliWallMs, 'ms');
    addTarget('CLI on one file, above bare node start-up', cli.aboveBaseline, TARGETS.cliAboveNodeMs, 'ms');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// 4. The means, each against the alternative it replaced.

log('\n4. Means');
results.means = await measureMeans({ runs: PROCESS_RUNS, timeMs: TASK_TIME_MS * 2, log });

// ---------------------------------------------------------------------------------------------------
// 5. Targets.

log('\n5. Targets');
for (const target of results.targets) {
  const shown = target.unit === 'x' ? formatRatio(target.value) : formatTime(target.value);
  log(row([target.name, shown, `≤ ${target.limit}${target.unit === 'x' ? 'x' : ' ms'}`, target.met ? 'met' : 'MISSED'], TARGET_WIDTHS));
}
for (const [id, reason] of skipped) log(row([`${id}: ${reason}`, '', '', 'NOT MEASURED'], TARGET_WIDTHS));
const missed = results.targets.filter((t) => !t.met);
log(
  missed.length === 0 && skipped.size === 0
    ? '\nEvery target is met.'
    : `\n${missed.length} target(s) missed, ${skipped.size} case(s) not measured.`,
);
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
if (sink === 0.5) log('');
if (check && (missed.length > 0 || skipped.size > 0)) process.exitCode = 1;

// ---------------------------------------------------------------------------------------------------

async function measureCase(spec) {
  const request = spec.make();
  const options = { api: spec.api, preset: 'all' };
  const dialect = dialectById(spec.api);
  if (dialect === undefined) {
    skipped.set(spec.id, `dialect \`${spec.api}\` not available yet`);
    log(row([spec.title, `${skipped.get(spec.id)}: not measured`]));
    return undefined;
  }
  // Stored fixtures are pretty-printed; the text case lints what a file would hold.
  const text = JSON.stringify(request, null, 2);
  // The validator lint() itself uses: the build-time standalone one, keyed by dialect id.
  const validate = validatorFor(dialect.schema, dialect.id);
  // The figures are for a clean request; a finding here would mean the fixture (or a rule) is wrong.
  const findings = lint(request, options).diagnostics;
  if (findings.length > 0 || validate(request) !== true) {
    skipped.set(spec.id, `fixture is not clean (${findings.map((d) => `${d.ruleId} at ${d.path}`).join(', ')})`);
    log(row([spec.title, `${skipped.get(spec.id)}: not measured`]));
    return undefined;
  }
  // Every call gets the next of many deep copies, as an application builds a new body per request;
  // schema-only validation sees the same copies.
  const copies = Array.from({ length: 1024 }, () => structuredClone(request));
  let next = 0;
  const nextRequest = () => copies[(next = (next + 1) % copies.length)];
  const fns = {
    parse: () => JSON.parse(text),
    validate: () => validate(nextRequest()),
    lintObject: () => lint(nextRequest(), options),
    lintText: () => lint(text, options),
    ...(baseline === undefined
      ? {}
      : { baselineObject: () => baseline.lint(nextRequest(), options), baselineText: () => baseline.lint(text, options) }),
  };
  const samples = Object.fromEntries(Object.keys(fns).map((key) => [key, []]));
  const batches = Object.fromEntries(Object.entries(fns).map(([key, fn]) => [key, batchSize(fn)]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: TASK_TIME_MS, warmupTime: 20, warmupIterations: 3, iterations: 5 });
    // Alternate the task order between rounds, so no task always runs right after the same neighbour.
    const keys = round % 2 === 0 ? Object.keys(fns) : Object.keys(fns).reverse();
    for (const key of keys) {
      const fn = fns[key];
      const batch = batches[key];
      bench.add(key, () => {
        for (let i = 0; i < batch; i++) sink ^= fn() === undefined ? 1 : 0;
      });
    }
    await bench.warmup();
    await bench.run();
    for (const task of bench.tasks) {
      if (task.result?.error) throw task.result.error;
      for (const sample of task.result.samples) samples[task.name].push(sample / batches[task.name]);
    }
  }
  const tasks = Object.fromEntries(
    Object.entries(samples).map(([key, values]) => [
      key,
      { median: median(values), p99: quantile(values, 0.99), samples: values.length, batch: batches[key] },
    ]),
  );
  return {
    id: spec.id,
    title: spec.title,
    api: spec.api,
    textBytes: Buffer.byteLength(text),
    messages: Array.isArray(request.messages) ? request.messages.length : undefined,
    tasks,
    ratios: {
      objectVsSchema: tasks.lintObject.median / tasks.validate.median,
      textVsParsePlusObject: tasks.lintText.median / (tasks.parse.median + tasks.lintObject.median),
      objectVsParsePlusSchema: tasks.lintObject.median / (tasks.parse.median + tasks.validate.median),
      textVsParsePlusSchema: tasks.lintText.median / (tasks.parse.median + tasks.validate.median),
      ...(baseline === undefined
        ? {}
        : {
            objectVsBaseline: tasks.lintObject.median / tasks.baselineObject.median,
            textVsBaseline: tasks.lintText.median / tasks.baselineText.median,
          }),
    },
  };
}

/** Calls per sample so that one sample takes about 50 µs. */
function batchSize(fn) {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 20) {
    fn();
    calls++;
  }
  const perCall = (performance.now() - start) / calls;
  return Math.max(1, Math.min(10_000, Math.round(0.05 / perCall)));
}

/**
 * Wall time of `command` vs `node -e 0`, run alternately so drift in machine load hits both.
 * `undefined` (and the case listed as not measured) when the command fails, e.g. a half-built dist/.
 */
function compareProcesses(id, command, runs) {
  try {
    return timeProcesses(command, runs);
  } catch (error) {
    skipped.set(
      id,
      `failed: ${String(error instanceof Error ? error.message : error)
        .split('\n')
        .slice(0, 3)
        .join(' ')}`,
    );
    log(row([id, skipped.get(id)], PROCESS_WIDTHS));
    return undefined;
  }
}

function timeProcesses(command, runs) {
  const baseline = [];
  const subject = [];
  const time = (argv) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(argv[0], argv.slice(1), { cwd: root, encoding: 'utf8' });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`${argv.join(' ')} exited with ${child.status}: ${child.stderr}`);
    return elapsed;
  };
  // One unmeasured run each, so the file system cache is warm for both.
  time([process.execPath, '-e', '0']);
  time(command);
  for (let i = 0; i < runs; i++) {
    baseline.push(time([process.execPath, '-e', '0']));
    subject.push(time(command));
  }
  const summary = (values) => ({ median: median(values), p99: quantile(values, 0.99), runs: values.length });
  return { baseline: summary(baseline), subject: summary(subject), aboveBaseline: median(subject) - median(baseline) };
}

function addTarget(name, value, limit, unit) {
  results.targets.push({ name, value, limit, unit, met: Number.isFinite(value) && value <= limit });
}

function timeCell(task) {
  return `${formatTime(task.median)} (p99 ${formatTime(task.p99)})`;
}

function row(cells, widths = [40, 22, 22, 22, 22, 14, 20]) {
  return cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 14))).join(' ');
}

function machineNote() {
  return `Node ${process.versions.node}, ${process.platform}/${process.arch}`;
}

function log(line) {
  process.stdout.write(line + '\n');
}
