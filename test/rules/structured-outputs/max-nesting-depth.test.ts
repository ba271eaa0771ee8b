import { describe, expect, it } from 'vitest';
import maxNestingDepth from '../../../rules/structured-outputs/max-nesting-depth.js';
import { lint } from '../../../src/engine/lint.js';
import { closed, format } from './helpers.js';

describe('limit options', () => {
  it('rejects an unknown profile', () => {
    expect(() => lint(format(closed({})), { rules: { [maxNestingDepth.id]: ['error', { profile: '2023' }] } })).toThrow(/profile|options/i);
  });
});
