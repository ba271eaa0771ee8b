import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { apiErrorsDataSchema } from '../../schemas/api-errors.js';
import { builtinRules, ENGINE_CHECKS } from '../../src/index.js';
import { apiErrorsData, matchWording } from '../../src/integrations/api-error-wordings.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../../data/api-errors.json', import.meta.url), 'utf8'));

describe('data/api-errors.json', () => {
  it('validates against schemas/api-errors.ts', () => {
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(apiErrorsDataSchema);
    validate(raw);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('links every wording to rules or engine checks that exist, under a unique id', () => {
    const known = new Set([...builtinRules.map((rule) => rule.id), ...ENGINE_CHECKS.map((check) => check.id)]);
    for (const entry of apiErrorsData.errors) for (const id of entry.rules) expect(known.has(id), `${entry.id} → ${id}`).toBe(true);
    const ids = apiErrorsData.errors.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('explains every example with its own entry (no other wording is more specific)', () => {
    for (const entry of apiErrorsData.errors) {
      for (const example of entry.examples) expect(matchWording(example)?.wording.id, example).toBe(entry.id);
    }
  });

  it('covers every API error of the facts sheet (§5 #1-#40) that a rule catches', () => {
    const rows = new Set(apiErrorsData.errors.flatMap((entry) => [...(entry.facts ?? '').matchAll(/#(\d+)/g)].map((m) => Number(m[1]))));
    const missing = Array.from({ length: 40 }, (_, i) => i + 1).filter((row) => !rows.has(row));
    expect(missing).toEqual([]);
  });
});
