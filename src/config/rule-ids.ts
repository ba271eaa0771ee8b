import { builtinRules } from '../../rules/index.js';
import { ENGINE_CHECKS } from '../engine/checks.js';
import { fastestLevenshtein } from '../lazy-deps.js';

/** Every id a config, a `--rule` flag or a `reqlint-disable` comment may name. */
export const ALL_RULE_IDS: readonly string[] = [...builtinRules.map((r) => r.id), ...ENGINE_CHECKS.map((c) => c.id)];
const KNOWN = new Set(ALL_RULE_IDS);

export function isKnownRuleId(id: string): boolean {
  return KNOWN.has(id);
}

/**
 * The closest rule id. A typo is usually early in a long id (`tools/no-tol-choice` for
 * `tools/no-tool-choice-without-tools`), so each id is also compared by its prefix of the typed length.
 */
export function didYouMean(typed: string): string | undefined {
  const { distance } = fastestLevenshtein();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ALL_RULE_IDS) {
    const score = typed.length >= 6 ? Math.min(distance(typed, id), distance(typed, id.slice(0, typed.length)) + 1) : distance(typed, id);
    if (score < bestScore) [best, bestScore] = [id, score];
  }
  return bestScore <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}

/** `unknown rule "x"; did you mean "y"?` or a pointer to the list. */
export function unknownRuleHint(id: string): string {
  const near = didYouMean(id);
  return near ? `did you mean ${JSON.stringify(near)}?` : '`reqlint rules` lists them all.';
}
