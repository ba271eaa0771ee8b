import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { modelCapabilitiesSchema, type ModelEntry } from '../../schemas/model-capabilities.js';
import { bundledModelData } from '../../src/models/bundled-data.js';
import { FEATURES, MODEL_PARAMETERS, type Feature, type ModelParameter } from '../../src/models/types.js';

/** The bundled table as the file says, not as the cast in bundled-data.ts claims. */
const raw: unknown = JSON.parse(readFileSync(new URL('../../data/models.json', import.meta.url), 'utf8'));
const data = bundledModelData;
const label = (entry: ModelEntry): string => entry.ids[0] ?? '(no id)';

describe('data/models.json', () => {
  it('validates against schemas/model-capabilities.ts', () => {
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(modelCapabilitiesSchema);
    const valid = validate(raw);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('cites only sources that exist in the sources table, and every source is cited', () => {
    const known = new Set(Object.keys(data.sources));
    const cited = new Set<string>();
    for (const entry of data.models) {
      for (const key of entry.sources) {
        expect(known.has(key), `${label(entry)} cites unknown source ${key}`).toBe(true);
        cited.add(key);
      }
    }
    for (const key of data.fineTune.sources) {
      expect(known.has(key), `fineTune cites unknown source ${key}`).toBe(true);
      cited.add(key);
    }
    expect([...known].filter((key) => !cited.has(key))).toEqual([]);
  });

  it('gives every entry a checked date that is a real, past date', () => {
    for (const entry of data.models) {
      const checked = new Date(`${entry.checked}T00:00:00Z`);
      expect(checked.toISOString().slice(0, 10), label(entry)).toBe(entry.checked);
      expect(checked.getTime(), label(entry)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('lists each id in exactly one entry', () => {
    const seen = new Map<string, string>();
    for (const entry of data.models) {
      for (const id of entry.ids) {
        expect(seen.get(id), `${id} is in ${seen.get(id)} and ${label(entry)}`).toBeUndefined();
        seen.set(id, label(entry));
      }
    }
  });

  it('explains every unknown fact in the entry notes', () => {
    for (const entry of data.models) {
      const unknowns = [
        ...Object.values(entry.features),
        ...Object.values(entry.parameters),
        ...Object.values(entry.apis),
        ...(entry.serviceTiers === null ? [null] : Object.values(entry.serviceTiers)),
        ...(entry.reasoning === null ? [] : [entry.reasoning.efforts, entry.reasoning.defaultEffort]),
      ].filter((value) => value === null);
      if (unknowns.length > 0) expect(entry.notes?.length ?? 0, `${label(entry)} has unknowns but no notes`).toBeGreaterThan(0);
    }
  });

  it('keeps reasoning facts consistent', () => {
    for (const entry of data.models) {
      const reasoning = entry.reasoning;
      if (reasoning?.defaultEffort != null && reasoning.efforts !== null) {
        expect(reasoning.efforts, `${label(entry)}: default effort must be an accepted value`).toContain(reasoning.defaultEffort);
      }
      // "Only with effort none" makes no sense for a model that never reasons.
      if (reasoning === null && entry.isReasoning === undefined) {
        expect(Object.values(entry.parameters), label(entry)).not.toContain('effort-none-only');
      }
      // And a model with no `none` effort can never meet that condition.
      if (reasoning?.efforts != null && !reasoning.efforts.includes('none')) {
        expect(Object.values(entry.parameters), label(entry)).not.toContain('effort-none-only');
      }
      expect(Object.values(entry.apis), `${label(entry)} must be served by some API`).not.toEqual([false, false]);
    }
  });

  it('points $schema at the generated JSON copy of the schema', () => {
    expect((raw as { $schema?: string }).$schema).toBe('../schemas/json/model-capabilities.schema.json');
  });

  it('derives entry types that name exactly the contract vocabulary', () => {
    expectTypeOf<keyof ModelEntry['features']>().toEqualTypeOf<Feature>();
    expectTypeOf<keyof ModelEntry['parameters']>().toEqualTypeOf<ModelParameter>();
    // The same at run time, for the schema object itself.
    expect(Object.keys(modelCapabilitiesSchema.properties.models.items.properties.features.properties).sort()).toEqual(
      [...FEATURES].sort(),
    );
    expect(Object.keys(modelCapabilitiesSchema.properties.models.items.properties.parameters.properties).sort()).toEqual(
      [...MODEL_PARAMETERS].sort(),
    );
  });
});
