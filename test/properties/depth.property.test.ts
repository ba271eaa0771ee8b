import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactlyTooDeepAt, valueTooDeepAt } from '../../src/engine/parse/depth.js';

/** A chain of `levels` objects, each holding the next under `l` and `r` (one object shared by both). */
function sharedChain(levels: number): object {
  let node: object = {};
  for (let i = 0; i < levels; i++) node = { l: node, r: node };
  return node;
}

describe('the nesting check for object input', () => {
  it('answers as the exact walk does, whichever walk decides', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 9 }), (value, limit) => {
        const expected = value !== null && typeof value === 'object' ? exactlyTooDeepAt(value, limit) : undefined;
        expect(valueTooDeepAt(value, limit)).toBe(expected);
      }),
    );
  });

  it('names the first container past the limit', () => {
    expect(valueTooDeepAt({ a: [{ b: {} }] }, 3)).toBe('/a/0/b');
    expect(valueTooDeepAt({ a: [{ b: {} }] }, 4)).toBeUndefined();
  });

  it('clears a value too big for the quick walk, and a DAG whose paths number 2^40, through the exact walk', () => {
    const wide = { items: Array.from({ length: 20_000 }, (_, i) => ({ i })) };
    expect(valueTooDeepAt(wide)).toBeUndefined();
    expect(valueTooDeepAt(sharedChain(40))).toBeUndefined();
    expect(valueTooDeepAt(sharedChain(600))).toMatch(/^(\/[lr]){512}$/);
  });

  it('does not loop on a cycle', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(valueTooDeepAt(cyclic)).toBeUndefined();
  });
});
