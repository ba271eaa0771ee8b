import { describe, expect, it } from 'vitest';
import { API_OPTIONS, DIALECT_IDS } from '../../src/dialect-ids.js';
import { DIALECTS } from '../../src/dialects/index.js';
import { configSchema } from '../../schemas/config.js';

// The ids live apart from the adapters (so types and the config schema need not load them); this ties
// the two lists together, so a dialect added to one and forgotten in the other fails here.
describe('the DIALECTS table', () => {
  it('has exactly one adapter per dialect id, in the same order', () => {
    expect(DIALECTS.map((dialect) => dialect.id)).toEqual([...DIALECT_IDS]);
  });

  it("gives every dialect its own editors' schema file name", () => {
    const names = DIALECTS.map((dialect) => dialect.jsonSchemaName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  it("drives the config file's `api` enum", () => {
    expect(JSON.stringify(configSchema)).toContain(JSON.stringify(API_OPTIONS));
  });
});
