// Which model facts each rule reads, for the site's model pages: recorded, not declared, so it cannot go
// stale. Each rule lints every rule doc example, every bundled example and a request per model entry that
// sets every tracked parameter, on its own (every other rule
// off) through a registry whose resolved models record each fact read (`supports('vision')` ->
// `features.vision`, `parameter('top_p')` -> `parameters.top_p`, `limits.maxOutputTokens`, ...). The
// engine's own checks read facts too (which APIs serve a model); a run with every rule off records
// those, and a rule is credited only with the facts it read beyond them on the same document.
//
// A rule that reads a fact only on requests unlike any example (a parameter no example sets) is missed;
// the examples are what the rule docs promise, so a fact missing here is an example missing there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `{ ruleId -> Set of fact keys }`: the facts each rule reads beyond those the engine reads anyway. */
export function modelFactsUsed({ root, models, lint, lintJsonLines, builtinRules, defaultModelRegistry }) {
  let reads = new Set();
  // A resolved model (frozen, so wrapped rather than proxied) whose calls and properties record what they
  // read, in `data/models.json`'s section names.
  const recordModel = (model) => {
    const wrapped = {};
    for (const key of Object.keys(model)) {
      Object.defineProperty(wrapped, key, { enumerable: true, get: () => readOf(model, key) });
    }
    return wrapped;
  };
  const readOf = (model, key) => {
    const value = model[key];
    if (key === 'supports') return (feature) => (reads.add(`features.${feature}`), value.call(model, feature));
    if (key === 'parameter') return (name) => (reads.add(`parameters.${name}`), value.call(model, name));
    if (key === 'serviceTier') return (tier) => (reads.add(`serviceTiers.${tier}`), value.call(model, tier));
    if (key === 'servesApi') return (api) => (reads.add(`apis.${api}`), value.call(model, api));
    if (key === 'serviceTiers') reads.add('serviceTiers');
    if (key === 'reasoning' || key === 'isReasoning') reads.add('reasoning');
    if (key === 'apis') reads.add('apis');
    if (key === 'limits' && value) {
      return {
        ...value,
        get maxOutputTokens() {
          reads.add('limits.maxOutputTokens');
          return value.maxOutputTokens;
        },
        get maxInputTokens() {
          reads.add('limits.maxInputTokens');
          return value.maxInputTokens;
        },
      };
    }
    return typeof value === 'function' ? value.bind(model) : value;
  };
  const registry = {
    resolve: (id) => {
      const model = defaultModelRegistry.resolve(id);
      return model && recordModel(model);
    },
    knownIds: () => defaultModelRegistry.knownIds(),
    aliasTarget: (id) => defaultModelRegistry.aliasTarget(id),
    entries: () => defaultModelRegistry.entries(),
  };

  const documents = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|jsonc|jsonl)$/.test(entry.name))
        documents.push({ text: readFileSync(path, 'utf8'), jsonl: path.endsWith('.jsonl') });
    }
  };
  walk(join(root, 'examples'));
  for (const rule of builtinRules) {
    const doc = readFileSync(join(root, 'rules', `${rule.id}.md`), 'utf8');
    for (const match of doc.matchAll(/^```jsonc? (?:valid|invalid)[^\n]*\n([\s\S]*?)^```$/gm))
      documents.push({ text: match[1], jsonl: false });
  }

  // The examples set few of the parameters the data tracks; per entry, a Chat request that sets every one
  // of them (and a service tier the entry lists) and a Responses request, so a rule that reads them is seen.
  const SAMPLE_VALUES = { logprobs: true, top_logprobs: 2, logit_bias: { 50256: -100 }, stop: ['END'], n: 2, seed: 7, max_tokens: 100 };
  const parameterNames = [...new Set(models.models.flatMap((model) => Object.keys(model.parameters)))];
  models.models.forEach((model, index) => {
    const tiers = Object.keys(model.serviceTiers ?? {});
    const chat = {
      model: model.ids[0],
      messages: [{ role: 'user', content: 'hi' }],
      ...Object.fromEntries(parameterNames.map((name) => [name, SAMPLE_VALUES[name] ?? 0.5])),
      ...(tiers.length ? { service_tier: tiers[index % tiers.length] } : {}),
    };
    documents.push(
      { text: JSON.stringify(chat), jsonl: false },
      { text: JSON.stringify({ model: model.ids[0], input: 'hi' }), jsonl: false },
    );
  });

  const allOff = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'off']));
  const readsOf = (rules, { text, jsonl }) => {
    reads = new Set();
    const options = { preset: 'all', rules, registry };
    if (jsonl) lintJsonLines(text, options);
    else lint(text, options);
    return reads;
  };
  const engine = documents.map((document) => readsOf(allOff, document));
  const byRule = new Map();
  for (const rule of builtinRules) {
    const used = new Set();
    const only = { ...allOff, [rule.id]: 'error' };
    documents.forEach((document, index) => {
      for (const fact of readsOf(only, document)) if (!engine[index].has(fact)) used.add(fact);
    });
    byRule.set(rule.id, used);
  }
  return { byRule };
}
