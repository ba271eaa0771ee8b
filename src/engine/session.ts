import { builtinRules } from '../../rules/index.js';
import { createModelRegistry, defaultModelRegistry, type ModelRegistry } from '../models/registry.js';
import type { ModelAliases } from '../models/types.js';
import type { AnyRule } from '../rule.js';
import type { Api, ApiOption } from '../types.js';
import { prepareRules, type PreparedRule } from './dispatch/run-rules.js';
import { resolveRuleStates, type Preset, type RuleSetting, type RuleState } from './settings.js';

export interface LintOptions {
  /** Which request format the document is; `auto` (default) tells it from the body's shape. */
  api?: ApiOption;
  preset?: Preset;
  /** Per-rule severity (`off`, `info`, `warning`, `error`) or `[severity, options]`. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Deployment names and other aliases mapped to the base model whose capabilities apply. */
  modelAliases?: ModelAliases;
  /** A registry to use instead of the bundled one (custom model entries, test fixtures). */
  registry?: ModelRegistry;
  /** Rules to run instead of the built-in catalogue (tests, plugins). */
  ruleModules?: readonly AnyRule[];
}

/** What a set of lint options resolves to, independent of any request. */
export interface Session {
  /** Effective severity and options of every enabled rule and engine check. */
  states: ReadonlyMap<string, RuleState>;
  registry: ModelRegistry;
  /** The enabled rules that apply to `api`, their visitors created. */
  rulesFor(api: Api): readonly PreparedRule[];
}

/**
 * Resolving options (severities, presets, aliases) and creating every rule's visitors is worth doing
 * once per options object, not once per request: an application lints every request with the same
 * options. Keyed weakly by the object, so nothing outlives the caller's options.
 */
const sessions = new WeakMap<LintOptions, Session>();

export function sessionFor(options: LintOptions): Session {
  let session = sessions.get(options);
  if (session === undefined) sessions.set(options, (session = createSession(options)));
  return session;
}

function createSession(options: LintOptions): Session {
  const rules = options.ruleModules ?? builtinRules;
  const registry = options.registry ?? (options.modelAliases ? createModelRegistry({ aliases: options.modelAliases }) : defaultModelRegistry);
  const states = resolveRuleStates(rules, options.preset, options.rules);
  const prepared = new Map<Api, readonly PreparedRule[]>();
  return {
    states,
    registry,
    rulesFor(api) {
      let forApi = prepared.get(api);
      if (forApi === undefined) prepared.set(api, (forApi = prepareRules(rules, states, api)));
      return forApi;
    },
  };
}
