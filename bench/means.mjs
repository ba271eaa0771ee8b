// The means behind the figures, each measured against the alternative it replaced, in the same run.
// Imported by run.mjs (section 5); `node bench/means.mjs` runs it alone.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { conversation, langchainOptions, smallChat } from './fixtures.mjs';
import { formatRatio, formatTime, median, quantile } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;

/**
 * @param {{ runs: number, timeMs: number, log: (line: string) => void }} settings
 * @returns {Promise<Record<string, unknown>>}
 */
export async function measureMeans({ runs, timeMs, log }) {
  const results = {};

  // 1. Validators compiled at build time vs at start-up: a fresh process each, alternated.
  const standaloneFile = join(root, 'dist', 'src', 'engine', 'validators.standalone.chat.completions.cjs');
  const request = JSON.stringify(smallChat());
  const buildTime = `const t=performance.now();const v=require(${JSON.stringify(standaloneFile)});v(${request});process.stdout.write(String(performance.now()-t))`;
  const startUp = `import(${JSON.stringify(dist('src/engine/validate/validator.js'))}).then(async(m)=>{const {chatCompletionRequestSchema:s}=await import(${JSON.stringify(dist('schemas/index.js'))});const t=performance.now();const v=m.createAjv().compile(s);v(${request});process.stdout.write(String(performance.now()-t))})`;
  const inChild = (args) => Number(spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout);
  const built = [];
  const compiled = [];
  for (let i = 0; i < Math.max(5, Math.round(runs / 4)); i++) {
    built.push(inChild(['-e', buildTime]));
    compiled.push(inChild(['--input-type=module', '-e', startUp]));
  }
  results.validators = { buildTimeMs: median(built), startUpCompileMs: median(compiled) };
  log(
    `validators, load + first validation: build-time standalone ${formatTime(median(built))} vs ajv + compile at start-up ${formatTime(median(compiled))} (medians of ${built.length} fresh processes)`,
  );

  // 2. Text: JSON.parse + duplicate-key pre-scan (the syntax tree only on demand) vs always the tree.
  const { parseJsonText, nodeValue } = await import(dist('src/engine/parse/parse.js'));
  const { findDuplicateKeys } = await import(dist('src/engine/parse/duplicate-keys.js'));
  const { parseTree } = await import('jsonc-parser');
  const text = JSON.stringify(conversation(15), null, 2);
  let sink = 0;
  const { fast, tree } = compare(
    {
      fast: () => {
        const parsed = parseJsonText(text);
        sink ^= parsed.mayHaveDuplicateKeys ? 1 : 0;
      },
      tree: () => {
        const node = parseTree(text, [], { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
        sink ^= nodeValue(node) === undefined ? 1 : 0;
        sink ^= findDuplicateKeys(node).length;
      },
    },
    timeMs,
  );
  results.parse = { fastPath: fast, alwaysTree: tree, speedup: tree.median / fast.median };
  log(
    `parse a clean 76-message text (${(text.length / 1024).toFixed(0)} KiB): fast path ${formatTime(fast.median)} (p99 ${formatTime(fast.p99)}) vs syntax tree + value + duplicate walk ${formatTime(tree.median)} (p99 ${formatTime(tree.p99)}): ${formatRatio(tree.median / fast.median)} faster`,
  );

  // 3. Rules that are off cost nothing: every rule off vs no rules at all.
  const { lint, builtinRules } = await import(dist('src/index.js'));
  const body = smallChat();
  const allOff = { api: 'chat.completions', rules: Object.fromEntries(builtinRules.map((rule) => [rule.id, 'off'])) };
  const noRules = { api: 'chat.completions', ruleModules: [] };
  const all = { api: 'chat.completions', preset: 'all' };
  const recommended = { api: 'chat.completions' };
  const timings = compare(
    Object.fromEntries(
      Object.entries({ noRules, allOff, recommended, all }).map(([name, options]) => [
        name,
        () => {
          sink ^= lint(body, options).diagnostics.length;
        },
      ]),
    ),
    timeMs,
  );
  results.rulesOff = timings;
  log(
    `small request, lint(object): no rule modules ${formatTime(timings.noRules.median)}, all ${builtinRules.length} rules off ${formatTime(timings.allOff.median)} (${formatRatio(timings.allOff.median / timings.noRules.median)}), recommended ${formatTime(timings.recommended.median)}, all on ${formatTime(timings.all.median)}`,
  );

  // The `triggers` hint: the same rules without it run their whole-body visitors on every request, so
  // this shows what the hint saves.
  const unselected = builtinRules.map((rule) => {
    const { triggers: _triggers, ...meta } = rule.meta;
    return { ...rule, meta };
  });
  const selection = {};
  for (const [name, make, api] of [
    ['small Chat', smallChat, 'chat.completions'],
    ['LangChain', langchainOptions, 'langchain'],
  ]) {
    const request = make();
    const selected = { api, preset: 'all' };
    const everyRule = { api, preset: 'all', ruleModules: unselected };
    const timed = compare(
      {
        selected: () => {
          sink ^= lint(request, selected).diagnostics.length;
        },
        everyRule: () => {
          sink ^= lint(request, everyRule).diagnostics.length;
        },
      },
      timeMs,
    );
    selection[name] = timed;
    log(
      `${name}, lint(object), preset all: with the triggers hint ${formatTime(timed.selected.median)} vs without it ${formatTime(timed.everyRule.median)}: ${formatRatio(timed.everyRule.median / timed.selected.median)} faster`,
    );
  }
  results.ruleSelection = selection;

  // Options written inline, a new object every call: matched by what they say, so the rules are not
  // prepared again for each call (which costs about a hundred lints).
  const hoisted = { api: 'chat.completions', rules: { 'tools/no-tool-choice-without-tools': 'warning' } };
  const inline = compare(
    {
      hoisted: () => {
        sink ^= lint(body, hoisted).diagnostics.length;
      },
      inline: () => {
        sink ^= lint(body, { api: 'chat.completions', rules: { 'tools/no-tool-choice-without-tools': 'warning' } }).diagnostics.length;
      },
    },
    timeMs,
  );
  results.inlineOptions = inline;
  log(
    `small request, lint(object): options hoisted ${formatTime(inline.hoisted.median)} vs written inline ${formatTime(inline.inline.median)} (${formatRatio(inline.inline.median / inline.hoisted.median)})`,
  );
  if (sink === 0.5) log('');
  return results;
}

/**
 * Median and p99 per call of each function, over batches of ~50 µs, for about `timeMs` in all. The
 * functions take turns batch by batch, so a burst of load from other processes hits them alike.
 */
function compare(fns, timeMs) {
  const batches = {};
  for (const [name, fn] of Object.entries(fns)) {
    // Warm-up, and a batch size from the warmed-up speed.
    const warmEnd = performance.now() + 30;
    while (performance.now() < warmEnd) fn();
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < 10) {
      fn();
      calls++;
    }
    batches[name] = Math.max(1, Math.round(calls / 200));
  }
  const values = Object.fromEntries(Object.keys(fns).map((name) => [name, []]));
  const end = performance.now() + timeMs;
  while (performance.now() < end) {
    for (const [name, fn] of Object.entries(fns)) {
      const batch = batches[name];
      const start = performance.now();
      for (let i = 0; i < batch; i++) fn();
      values[name].push((performance.now() - start) / batch);
    }
  }
  return Object.fromEntries(
    Object.entries(values).map(([name, list]) => [name, { median: median(list), p99: quantile(list, 0.99), samples: list.length }]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await measureMeans({ runs: 20, timeMs: 1000, log: (line) => process.stdout.write(line + '\n') });
}
