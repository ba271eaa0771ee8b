// `npm run bench:eslint`: what the ESLint plugin adds to an ESLint run, as ratios against ESLint
// without it, measured in the same process and interleaved so machine noise hits both alike.
//
// The file is a realistic 2,000-line TypeScript module (services, types, helpers, async code) with
// 20 request call sites (openai-node Chat Completions and Responses, LangChain `ChatOpenAI`), some
// clean, some with findings, some with values known only at run time. ESLint runs with
// @typescript-eslint/parser and ESLint's own recommended rules; "with the plugin" adds
// `reqlint.configs.recommended`. A second file, the same without its call sites, measures the cost
// of the plugin's pre-check on a file it has nothing to do with.
//
//   node bench/eslint-plugin.mjs            full run
//   node bench/eslint-plugin.mjs --quick    fewer samples
//
// Needs `npm run build` first (`npm run bench:eslint` does it): it measures `dist/eslint-plugin.js`.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { formatRatio, median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 5 : 25;

const reqlint = (await import(pathToFileURL(join(root, 'dist', 'eslint-plugin.js')).href)).default;

/**
 * The plugin with a stopwatch around each rule's `create` and visitors: its own time, measured
 * directly, is steadier on a busy machine than the difference of two ESLint runs.
 */
let pluginTime = 0;
const timed = (fn) =>
  function (...args) {
    const start = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      pluginTime += performance.now() - start;
    }
  };
const timedPlugin = {
  ...reqlint,
  rules: Object.fromEntries(
    Object.entries(reqlint.rules).map(([name, rule]) => [
      name,
      {
        ...rule,
        create: timed((context) =>
          Object.fromEntries(Object.entries(rule.create(context)).map(([selector, visit]) => [selector, timed(visit)])),
        ),
      },
    ]),
  ),
};

/** ESLint's own recommended rules (what `@eslint/js` `configs.recommended` turns on). */
const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);
const base = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, rules: { ...eslintRecommended, 'no-undef': 'off' } }];
const withPlugin = [
  ...base,
  { ...reqlint.configs.recommended, plugins: { reqlint: timedPlugin }, files: ['**/*.ts'] },
  { settings: { reqlint: { configFile: false } } },
];

const CALL_SITES = [
  (i) => `    return this.client.chat.completions.create({ model: 'o3', max_tokens: ${500 + i}, messages: this.history(input) });`,
  (i) =>
    `    return this.client.chat.completions.create({ model: 'gpt-4.1', temperature: 0.${i % 9}, messages: [{ role: 'system', content: PROMPTS.summary }, { role: 'user', content: input }] });`,
  (i) =>
    `    return this.client.responses.create({ model: 'gpt-4.1', input, instructions: PROMPTS.summary, max_output_tokens: ${200 + i} });`,
  (i) =>
    `    return this.client.responses.create({ model: options.model, input, reasoning: { effort: 'low' }, max_output_tokens: ${100 + i} });`,
  (i) => `    return chatModel.invoke(input, { tool_choice: 'auto', parallel_tool_calls: ${i % 2 === 0} });`,
];

/** One block of ordinary application code (~100 lines), numbered so no two blocks are alike. */
function block(i, callSite) {
  return `
export interface Order${i} {
  id: string;
  customerId: string;
  items: Array<{ sku: string; quantity: number; unitPrice: number }>;
  status: 'pending' | 'paid' | 'shipped' | 'cancelled';
  createdAt: Date;
  notes?: string;
}

export type OrderSummary${i} = Pick<Order${i}, 'id' | 'status'> & { total: number };

const DISCOUNTS_${i}: Record<string, number> = { SPRING: 0.1, LOYAL: 0.05, STAFF: 0.2 };

export function orderTotal${i}(order: Order${i}, code?: string): number {
  let total = 0;
  for (const item of order.items) {
    if (item.quantity <= 0) continue;
    total += item.quantity * item.unitPrice;
  }
  const discount = code !== undefined ? (DISCOUNTS_${i}[code] ?? 0) : 0;
  return Math.round(total * (1 - discount) * 100) / 100;
}

export function summarize${i}(orders: readonly Order${i}[]): OrderSummary${i}[] {
  return orders
    .filter((order) => order.status !== 'cancelled')
    .map((order) => ({ id: order.id, status: order.status, total: orderTotal${i}(order) }))
    .sort((a, b) => b.total - a.total);
}

export function groupByCustomer${i}(orders: readonly Order${i}[]): Map<string, Order${i}[]> {
  const groups = new Map<string, Order${i}[]>();
  for (const order of orders) {
    const list = groups.get(order.customerId) ?? [];
    list.push(order);
    groups.set(order.customerId, list);
  }
  return groups;
}

/** Orders of tenant ${i}: loaded through the store, cached, retried a few times. */
export class OrderService${i} {
  private readonly cache = new Map<string, Order${i}>();
  private retries = 0;

  constructor(
    private readonly client: OpenAI,
    private readonly store: { load(id: string): Promise<Order${i} | undefined>; save(order: Order${i}): Promise<void> },
  ) {}

  async get(id: string): Promise<Order${i} | undefined> {
    // Served from the cache when possible: orders change rarely once paid.
    const cached = this.cache.get(id);
    if (cached) return cached;
    try {
      const order = await this.store.load(id);
      if (order) this.cache.set(id, order);
      return order;
    } catch (error) {
      this.retries++;
      if (this.retries > 3) throw new Error(\`cannot load order \${id}: \${String(error)}\`);
      return this.get(id);
    }
  }

  async markShipped(id: string): Promise<boolean> {
    const order = await this.get(id);
    if (!order || order.status !== 'paid') return false;
    const updated: Order${i} = { ...order, status: 'shipped' };
    await this.store.save(updated);
    this.cache.set(id, updated);
    return true;
  }

  history(input: string): Array<{ role: 'user' | 'system'; content: string }> {
    return [
      { role: 'system', content: PROMPTS.support },
      { role: 'user', content: input.trim().slice(0, 4000) },
    ];
  }

  async ask(input: string, options: { model: string }) {
    void options;
${callSite ?? '    return input.length;'}
  }
}

export const isOpen${i} = (order: Order${i}): boolean => order.status === 'pending' || order.status === 'paid';

export function validate${i}(order: Order${i}): string[] {
  const problems: string[] = [];
  if (!order.id) problems.push('missing id');
  if (order.items.length === 0) problems.push('no items');
  for (const [index, item] of order.items.entries()) {
    if (!/^[A-Z0-9-]+$/.test(item.sku)) problems.push(\`item \${index}: bad sku\`);
    if (item.unitPrice < 0) problems.push(\`item \${index}: negative price\`);
  }
  return problems;
}
`;
}

function file(withCallSites) {
  const header = `import OpenAI from 'openai';
import { ChatOpenAI } from '@langchain/openai';

const PROMPTS = { support: 'You are a helpful support agent.', summary: 'Summarize the text.' } as const;
const chatModel = new ChatOpenAI({ model: 'gpt-4.1', temperature: 0 });
`;
  const blocks = [];
  for (let i = 0; i < 20; i++) blocks.push(block(i, withCallSites ? CALL_SITES[i % CALL_SITES.length](i) : undefined));
  return header + blocks.join('');
}

const withSites = file(true);
const withoutSites = file(false)
  .replace("import { ChatOpenAI } from '@langchain/openai';\n", '')
  .replace(/const chatModel = .*\n/, '');
const lines = withSites.split('\n').length;

const linter = new Linter({ configType: 'flat' });
const run = (text, config) => linter.verify(text, config, 'orders.ts');
const findings = run(withSites, withPlugin).filter((m) => m.ruleId?.startsWith('reqlint/'));
const problemsWithoutPlugin = run(withSites, base).filter((m) => m.fatal);
if (problemsWithoutPlugin.length > 0) throw new Error(`the bench file does not parse: ${problemsWithoutPlugin[0].message}`);

function time(text, config) {
  const start = performance.now();
  run(text, config);
  return performance.now() - start;
}

function ownTime(text) {
  pluginTime = 0;
  run(text, withPlugin);
  return pluginTime;
}

const samples = { base: [], plugin: [], baseNoSites: [], pluginNoSites: [], own: [], ownNoSites: [] };
for (let i = 0; i < 3; i++) {
  time(withSites, base);
  time(withSites, withPlugin);
}
for (let round = 0; round < ROUNDS; round++) {
  samples.base.push(time(withSites, base));
  samples.plugin.push(time(withSites, withPlugin));
  samples.baseNoSites.push(time(withoutSites, base));
  samples.pluginNoSites.push(time(withoutSites, withPlugin));
  samples.own.push(ownTime(withSites));
  samples.ownNoSites.push(ownTime(withoutSites));
}
const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
const ms = (value) => `${value.toFixed(1)} ms`;

console.log(
  `ESLint (@typescript-eslint/parser + ESLint's recommended rules) on a ${lines}-line TypeScript file, median of ${ROUNDS} interleaved runs`,
);
console.log(
  `  with 20 call sites      without the plugin ${ms(m.base)}   with reqlint.configs.recommended ${ms(m.plugin)}   ratio ${formatRatio(m.plugin / m.base)}   (${findings.length} reqlint findings)`,
);
console.log(
  `  without call sites      without the plugin ${ms(m.baseNoSites)}   with reqlint.configs.recommended ${ms(m.pluginNoSites)}   ratio ${formatRatio(m.pluginNoSites / m.baseNoSites)}`,
);
console.log(`  the plugin's own time (its rules' create and visitors, timed directly):`);
console.log(
  `    with 20 call sites    ${ms(m.own)}  = ${formatRatio((m.base + m.own) / m.base)} of ESLint without the plugin, ${(m.own / 20).toFixed(2)} ms per call site`,
);
console.log(
  `    without call sites    ${m.ownNoSites.toFixed(3)} ms = ${formatRatio((m.baseNoSites + m.ownNoSites) / m.baseNoSites)} of ESLint without the plugin`,
);
