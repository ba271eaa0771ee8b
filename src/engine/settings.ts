import { isRecord } from '../json-value.js';
import { fastestLevenshtein } from '../lazy-deps.js';
import { ruleOptionsValidatorName, validate } from './validate/validator.js';
import { defaultSeverity, type AnyRule } from '../rule.js';
import { ENGINE_CHECKS, engineCheck } from './checks.js';
import type { Severity, SeveritySetting } from '../types.js';

/**
 * A severity as a user may write it: reqlint's own words, or ESLint's (`"warn"`, `0`/`1`/`2`), so
 * an ESLint or Spectral user's habits work. `normalizeRuleSetting` turns it into a `SeveritySetting`.
 */
export type SeverityInput = SeveritySetting | 'warn' | 0 | 1 | 2;

/** `"warning"`, `"warn"`, `1`, or `["error", { ...options }]` as in ESLint configs. */
export type RuleSetting = SeverityInput | readonly [SeverityInput] | readonly [SeverityInput, unknown];

/** A rule setting after normalisation: reqlint's own severity words only. */
export type NormalizedRuleSetting = SeveritySetting | readonly [SeveritySetting, unknown];

export type Preset = 'recommended' | 'strict' | 'all';
export const PRESETS: readonly Preset[] = ['recommended', 'strict', 'all'];

export interface RuleState {
  severity: Severity;
  options: unknown;
}

/** Thrown for a bad configuration (unknown rule, bad severity, bad options): a usage error, not a finding. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** Where in the configuration the problem is, e.g. `rules.tools/no-tool-choice-without-tools`. */
    readonly key: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** ESLint's spellings, and the numbers its configs allow, mapped to reqlint's words. */
const SEVERITY_ALIASES: ReadonlyMap<unknown, SeveritySetting> = new Map<unknown, SeveritySetting>([
  ['off', 'off'],
  ['info', 'info'],
  ['warning', 'warning'],
  ['warn', 'warning'],
  ['error', 'error'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
]);

/** Every accepted spelling, for messages and the config schema. */
export const SEVERITY_INPUTS: readonly SeverityInput[] = ['off', 'info', 'warning', 'warn', 'error', 0, 1, 2];

/** `"warn"` → `"warning"`, `2` → `"error"`; `undefined` when the value is no severity at all. */
export function normalizeSeverity(value: unknown): SeveritySetting | undefined {
  return SEVERITY_ALIASES.get(value);
}

/** What to say about a value that is not a severity: the accepted words, and the nearest one for a typo. */
export function describeBadSeverity(value: unknown): string {
  const accepted = `"off" (or 0), "info", "warning" (or "warn", 1), "error" (or 2)`;
  if (typeof value !== 'string') return `severity must be one of ${accepted}; got ${JSON.stringify(value)}.`;
  const words = ['off', 'info', 'warning', 'warn', 'error'];
  const lower = value.trim().toLowerCase();
  // Loaded only for a bad severity: a clean run pays nothing for it.
  const { distance } = fastestLevenshtein();
  const near = words.map((w) => [w, distance(lower, w)] as const).sort((a, b) => a[1] - b[1])[0]!;
  // The hint is a sentence of its own, so the message never ends in "?.".
  const hint =
    normalizeSeverity(lower) !== undefined
      ? ` Did you mean ${JSON.stringify(lower)}? Severities are lower case.`
      : near[1] <= 2
        ? ` Did you mean ${JSON.stringify(near[0])}?`
        : '';
  return `severity must be one of ${accepted}; got ${JSON.stringify(value)}.${hint}`;
}

/**
 * The one place severities are normalised: `"warn"`/`1` → `"warning"`, `["warn", {…}]` →
 * `["warning", {…}]`, `["error"]` → `"error"`. Config files, overrides, `--rule` and the library's
 * `rules` option all pass through here, so `--print-config` shows one spelling.
 */
export function normalizeRuleSetting(id: string, setting: RuleSetting): NormalizedRuleSetting {
  const raw = Array.isArray(setting) ? (setting as readonly unknown[])[0] : setting;
  const severity = normalizeSeverity(raw);
  if (severity === undefined) throw new ConfigError(`Rule ${JSON.stringify(id)}: ${describeBadSeverity(raw)}`, `rules.${id}`);
  if (!Array.isArray(setting) || setting.length < 2) return severity;
  return [severity, (setting as readonly unknown[])[1]];
}

/** `normalizeRuleSetting` over a whole `rules` object. */
export function normalizeRules(rules: Readonly<Record<string, RuleSetting>>): Record<string, NormalizedRuleSetting> {
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, normalizeRuleSetting(id, setting)]));
}

/**
 * The effective severity and options of every rule and engine check.
 * - `recommended` (default): rules marked recommended, at their default severity.
 * - `all`: every rule at its default severity.
 * - `strict`: every rule, warnings raised to errors (for CI that wants zero tolerance).
 * Then per-rule settings override.
 */
export function resolveRuleStates(
  rules: readonly AnyRule[],
  preset: Preset = 'recommended',
  settings: Readonly<Record<string, RuleSetting>> = {},
): Map<string, RuleState> {
  if (!PRESETS.includes(preset))
    throw new ConfigError(`Unknown preset ${JSON.stringify(preset)}; use one of ${PRESETS.join(', ')}.`, 'preset');
  const states = new Map<string, RuleState>();
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const rule of rules) {
    const enabled = preset !== 'recommended' || rule.meta.recommended;
    if (!enabled) continue;
    const base = defaultSeverity(rule.meta);
    states.set(rule.id, { severity: preset === 'strict' && base === 'warning' ? 'error' : base, options: rule.meta.defaultOptions });
  }
  for (const check of ENGINE_CHECKS) states.set(check.id, { severity: check.severity, options: undefined });

  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id);
    const check = engineCheck(id);
    if (rule === undefined && check === undefined) {
      const known = [...byId.keys(), ...ENGINE_CHECKS.map((c) => c.id)];
      const near = known.filter((k) => k.endsWith('/' + id.split('/').pop())).slice(0, 3);
      throw new ConfigError(
        `Unknown rule ${JSON.stringify(id)}${near.length ? `; did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?` : '. Run `reqlint rules` for the list.'}`,
        `rules.${id}`,
      );
    }
    const normalized = normalizeRuleSetting(id, setting);
    const [severity, options] = typeof normalized === 'string' ? [normalized, undefined] : [normalized[0], normalized[1]];
    if (check !== undefined && !check.configurable && severity === 'off') {
      throw new ConfigError(`${JSON.stringify(id)} cannot be turned off: nothing else can be checked without it.`, `rules.${id}`);
    }
    if (severity === 'off') {
      states.delete(id);
      continue;
    }
    states.set(id, { severity: severity as Severity, options: rule === undefined ? undefined : resolveOptions(rule, options) });
  }
  return states;
}

function resolveOptions(rule: AnyRule, options: unknown): unknown {
  if (options === undefined) return rule.meta.defaultOptions;
  if (rule.meta.optionsSchema === undefined) throw new ConfigError(`Rule ${JSON.stringify(rule.id)} takes no options.`, `rules.${rule.id}`);
  const merged = isRecord(options) && isRecord(rule.meta.defaultOptions) ? { ...rule.meta.defaultOptions, ...options } : options;
  // Built-in rules' option schemas are compiled at build time under this name (`precompiled-schemas.ts`), so
  // runtimes that forbid code generation from strings (edge runtimes) can still check options.
  const errors = validate(rule.meta.optionsSchema, merged, ruleOptionsValidatorName(rule.id));
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new ConfigError(
      `Rule ${JSON.stringify(rule.id)}: invalid options at \`${first.instancePath || '/'}\` (${first.message ?? first.keyword}).`,
      `rules.${rule.id}`,
    );
  }
  return merged;
}
