#!/usr/bin/env node
// Counts the `null` facts in data/models.json (features, parameters, apis, reasoning members, service
// tiers), per entry and in total, so a registry audit can report how many unknowns it settled.
// Usage: node scripts/count-null-facts.mjs [--by-entry]
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../data/models.json', import.meta.url), 'utf8'));

function countNulls(value) {
  if (value === null) return 1;
  if (Array.isArray(value)) return 0;
  if (typeof value === 'object') return Object.values(value).reduce((sum, v) => sum + countNulls(v), 0);
  return 0;
}

let total = 0;
const rows = [];
for (const entry of data.models) {
  const facts = {
    apis: entry.apis,
    reasoning: entry.reasoning,
    features: entry.features,
    parameters: entry.parameters,
    serviceTiers: entry.serviceTiers,
    limits: entry.limits,
  };
  const n = countNulls(facts);
  total += n;
  rows.push([entry.ids[0], n]);
}
if (process.argv.includes('--by-entry')) for (const [id, n] of rows) if (n > 0) console.log(`${n}\t${id}`);
console.log(`total\t${total}`);
