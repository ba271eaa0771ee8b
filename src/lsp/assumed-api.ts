import type { LintOptions } from '../engine/lint.js';
import { normalizeSeverity } from '../engine/settings.js';
import type { Diagnostic } from '../types.js';

/** The engine's finding that the API was guessed from secondary keys (no `messages`, `input`...). */
export const ASSUMED_API = 'dialect/assumed';

const reported = new WeakMap<LintOptions, LintOptions>();

/**
 * The options the editor lints with: the user's, with `dialect/assumed` reported even when the
 * config turns it off, because the server needs it to tell a guessed document (a `tsconfig.json`
 * with `include`) from a request. `withoutHiddenAssumed` drops it again before anything is shown.
 * One object per options object, as the engine caches its work by identity.
 */
export function editorLintOptions(options: LintOptions): LintOptions {
  if (!assumedIsOff(options)) return options;
  let derived = reported.get(options);
  if (derived === undefined) {
    derived = { ...options, rules: { ...options.rules, [ASSUMED_API]: 'info' } };
    reported.set(options, derived);
  }
  return derived;
}

/** The findings the user asked for: `dialect/assumed` only if their config leaves it on. */
export function withoutHiddenAssumed<T extends { diagnostic: Diagnostic }>(findings: T[], options: LintOptions): T[] {
  return assumedIsOff(options) ? findings.filter((f) => f.diagnostic.ruleId !== ASSUMED_API) : findings;
}

function assumedIsOff(options: LintOptions): boolean {
  const setting = options.rules?.[ASSUMED_API];
  if (setting === undefined) return false;
  return normalizeSeverity(Array.isArray(setting) ? setting[0] : setting) === 'off';
}
