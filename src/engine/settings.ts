import { isRecord } from '../json-value.js';
import { validate } from './validate/validator.js';
import { defaultSeverity, type AnyRule } from '../rule.js';
import { ENGINE_CHECKS, engineCheck } from './checks.js';
import type { Severity, SeveritySetting } from '../types.js';

/** `"warning"`, or `["error", { ...options }]` as in ESLint configs. */
export type RuleSetting = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, unknown];

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

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/**
 * The effective severity and options of every rule and engine check.
 * - `recommended` (default): rules marked recommended, at their default severity.
 * - `all`: every rule at its default severity.
 * - `strict`: every rule, warnings raised to errors (for CI that wants zero tolerance).
 * Then per-rule settings override.
 */
export function resolveRuleStates(rules: readonly AnyRule[], preset: Preset = 'recommended', settings: Readonly<Record<string, RuleSetting>> = {}): Map<string, RuleState> {
  if (!PRESETS.includes(preset)) throw new ConfigError(`Unknown preset ${JSON.stringify(preset)}; use one of ${PRESETS.join(', ')}.`, 'preset');
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
      throw new ConfigError(`Unknown rule ${JSON.stringify(id)}${near.length ? `; did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?` : '. Run `reqlint rules` for the list.'}`, `rules.${id}`);
    }
    const [severity, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting as SeveritySetting, undefined];
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      throw new ConfigError(`Rule ${JSON.stringify(id)}: severity must be one of ${SEVERITIES.join(', ')}; got ${JSON.stringify(severity)}.`, `rules.${id}`);
    }
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
  const errors = validate(rule.meta.optionsSchema, merged);
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new ConfigError(`Rule ${JSON.stringify(rule.id)}: invalid options at \`${first.instancePath || '/'}\` (${first.message ?? first.keyword}).`, `rules.${rule.id}`);
  }
  return merged;
}

