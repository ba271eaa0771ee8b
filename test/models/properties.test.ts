import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModelRegistry, defaultModelRegistry } from '../../src/models/registry.js';
import type { ResolvedModel } from '../../src/models/types.js';

/** What a resolution means, without functions, so two results can be compared by value. */
function summary(model: ResolvedModel | undefined): unknown {
  if (model === undefined) return undefined;
  const { requestedId, id, via, fineTuned, entryId, isReasoning, reasoning, apis, serviceTiers, checked } = model;
  return {
    requestedId,
    id,
    via,
    fineTuned,
    entryId,
    isReasoning,
    reasoning,
    apis,
    serviceTiers,
    checked,
    temperature: model.parameter('temperature'),
  };
}

const bundledIds = defaultModelRegistry.knownIds();
const knownId = fc.constantFrom(...bundledIds);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const dateSuffix = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => `-${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);
const legacySuffix = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([month, day]) => `-${pad(month)}${pad(day)}`);

/** Strings that look like ids some of the time, so the interesting branches are reached. */
const idLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(knownId, fc.string()).map(([id, tail]) => id + tail),
  fc
    .tuple(fc.constantFrom('ft:', 'ft::', 'gpt-', 'o'), fc.string(), fc.constantFrom('', ':', '::', ':ckpt-step-3'))
    .map((parts) => parts.join('')),
  fc
    .array(fc.constantFrom('ft', 'gpt-4o', 'gpt-5', 'org', '', 'ckpt-step-1', 'x', '2024-08-06'), { maxLength: 7 })
    .map((parts) => parts.join(':')),
);

describe('resolve properties', () => {
  it('never throws and is deterministic, across calls and across registries', () => {
    const fresh = createModelRegistry();
    fc.assert(
      fc.property(idLike, (id) => {
        const first = defaultModelRegistry.resolve(id);
        expect(defaultModelRegistry.resolve(id)).toBe(first);
        expect(summary(fresh.resolve(id))).toEqual(summary(first));
        if (first !== undefined) expect(first.requestedId).toBe(id);
      }),
    );
  });

  it('resolves any dated snapshot of a known id to the same entry', () => {
    fc.assert(
      fc.property(knownId, fc.oneof(dateSuffix, legacySuffix), (id, suffix) => {
        const snapshot = id + suffix;
        // A listed snapshot (gpt-4o + -2024-08-06) has facts of its own; that is the point of listing it.
        fc.pre(!bundledIds.includes(snapshot));
        const base = defaultModelRegistry.resolve(id);
        const resolved = defaultModelRegistry.resolve(snapshot);
        expect(resolved?.entryId).toBe(base?.entryId);
        expect(resolved?.id).toBe(id);
        expect(resolved?.via).toBe('snapshot');
      }),
    );
  });

  it('resolves any fine-tune of a known id to its base entry, marked fine-tuned', () => {
    const field = fc.stringMatching(/^[A-Za-z0-9_-]{0,12}$/);
    fc.assert(
      fc.property(
        knownId,
        field.filter((s) => s !== ''),
        field,
        field.filter((s) => s !== ''),
        fc.option(fc.nat(), { nil: undefined }),
        (id, org, suffix, job, step) => {
          const tuned = `ft:${id}:${org}:${suffix}:${job}${step === undefined ? '' : `:ckpt-step-${step}`}`;
          const resolved = defaultModelRegistry.resolve(tuned);
          expect(resolved).toMatchObject({ id, via: 'fine-tune', fineTuned: true, entryId: defaultModelRegistry.resolve(id)?.entryId });
        },
      ),
    );
  });

  it('resolves any acyclic alias chain to its target, and rejects any chain closed into a loop', () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(names, knownId, (chain, target) => {
        fc.pre(!chain.includes(target));
        const aliases = Object.fromEntries(chain.map((name, i) => [name, chain[i + 1] ?? target]));
        const registry = createModelRegistry({ aliases });
        const head = chain[0] as string;
        expect(registry.resolve(head)).toMatchObject({ via: 'alias', entryId: defaultModelRegistry.resolve(target)?.entryId });
        const looped = { ...aliases, [chain[chain.length - 1] as string]: head };
        expect(() => createModelRegistry({ aliases: looped })).toThrow(/cycle/);
      }),
    );
  });
});
