import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, valueTooDeepAt } from '../../src/engine/parse/depth.js';

/** Levels of containers in a tree: a leaf container is one level. */
function height(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(height));
}

const nest = (levels: number): unknown => {
  let value: unknown = [];
  for (let level = 1; level < levels; level++) value = [value];
  return value;
};

/** A chain of `levels` objects, each holding the next twice: 2^levels paths over `levels` objects. */
const diamonds = (levels: number): unknown => {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < levels; level++) value = { a: value, b: value };
  return value;
};

describe('valueTooDeepAt', () => {
  it('on trees, reports a value exactly when it is taller than the limit, at the container that passes it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 8 }), (value, limit) => {
        const at = valueTooDeepAt(value, limit);
        if (height(value) <= limit) expect(at).toBeUndefined();
        else expect(at?.split('/').length).toBe(limit + 1);
      }),
    );
  });

  it('answers for trees taller than the quick walk goes, below and above the limit', () => {
    expect(valueTooDeepAt(nest(200))).toBeUndefined();
    expect(valueTooDeepAt(nest(MAX_NESTING_DEPTH))).toBeUndefined();
    expect(valueTooDeepAt(nest(MAX_NESTING_DEPTH + 1))).toBe('/0'.repeat(MAX_NESTING_DEPTH));
  });

  it('answers for a value too big for the quick walk', () => {
    expect(valueTooDeepAt({ items: Array.from({ length: 120_000 }, (_, i) => ({ i })) })).toBeUndefined();
    expect(valueTooDeepAt({ items: [...Array.from({ length: 120_000 }, (_, i) => ({ i })), nest(MAX_NESTING_DEPTH)] })).toBe(
      '/items/120000' + '/0'.repeat(MAX_NESTING_DEPTH - 2),
    );
  });

  it('finds the limit passed through a subtree already measured on a shorter path', () => {
    const shared = nest(3);
    // Through `a` the shared subtree ends at level 4; through `b` it ends at level 7.
    expect(valueTooDeepAt({ a: shared, b: [[[shared]]] }, 5)).toBe('/b/0/0/0/0');
    expect(valueTooDeepAt({ a: shared, b: [[[shared]]] }, 7)).toBeUndefined();
  });

  it('counts a shared subtree once and a cycle’s back edge as a leaf', () => {
    expect(valueTooDeepAt(diamonds(60))).toBeUndefined();
    expect(valueTooDeepAt(diamonds(60), 40)).toBe('/a'.repeat(40));
    const cycle: Record<string, unknown> = { x: {} };
    (cycle.x as Record<string, unknown>).y = cycle;
    expect(valueTooDeepAt(cycle)).toBeUndefined();
    expect(valueTooDeepAt(cycle, 1)).toBe('/x');
  });
});
