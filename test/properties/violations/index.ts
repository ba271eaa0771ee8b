/// <reference types="vite/client" />
import type fc from 'fast-check';
import type { Violation } from './types.js';

export type { Violation } from './types.js';

/**
 * Every rule's violation generator. Each area keeps its generators in its own file here
 * (`violations/<area>.ts`, exporting `violations`), collected automatically so that adding a rule
 * never means editing a shared list. A meta test checks every rule has exactly one.
 */
const modules = import.meta.glob<{ violations: Record<string, fc.Arbitrary<Violation>> }>(['./*.ts', '!./index.ts', '!./types.ts'], {
  eager: true,
});

export const VIOLATIONS: Record<string, fc.Arbitrary<Violation>> = {};
for (const [file, module] of Object.entries(modules)) {
  for (const [ruleId, arbitrary] of Object.entries(module.violations)) {
    if (ruleId in VIOLATIONS) throw new Error(`two violation generators for ${ruleId} (second in ${file})`);
    VIOLATIONS[ruleId] = arbitrary;
  }
}
