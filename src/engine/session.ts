import { builtinRules } from '../../rules/index.js';
import { createModelRegistry, defaultModelRegistry, type ModelRegistry } from '../models/registry.js';
import type { ModelAliases } from '../models/types.js';
import type { AnyRule } from '../rule.js';
import type { Api, ApiOption } from '../types.js';
import { prepareRules, type PreparedRules } from './dispatch/run-rules.js';
import { API_OPTIONS } from '../dialect-ids.js';
import { ConfigError, resolveRuleStates, type Preset, type RuleSetting, type RuleState } from './settings.js';

/** A cycle among aliases is a configuration mistake: `ConfigError`, like every other bad option. */
function registryWithAliases(aliases: ModelAliases): ModelRegistry {
  try {
    return createModelRegistry({ aliases });
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(error instanceof Error ? error.message : String(error), 'modelAliases');
  }
}

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
  /**
   * LangChain only (other dialects ignore it): the document's top-level keys that the caller knows
   * were written as call options (`invoke(input, {...})`, `withConfig`, `bind`), not as `ChatOpenAI`
   * constructor fields. One options object cannot say where it is written, and a few options are read
   * in one place only (docs/langchain.md, "One object for two places"); a key listed here is judged
   * as a call option. Front-ends that see the code pass it (the ESLint plugin does). Today it decides
   * one thing: `reasoningEffort` given in a call to a reasoning model is not reported as dropped.
   */
  langchainCallOptions?: readonly string[];
}

/** What a set of lint options resolves to, independent of any request. */
export interface Session {
  /** Effective severity and options of every enabled rule and engine check. */
  states: ReadonlyMap<string, RuleState>;
  registry: ModelRegistry;
  /** The enabled rules that apply to `api`, their visitors created. */
  rulesFor(api: Api): PreparedRules;
}

/**
 * Resolving options (severities, presets, aliases) and creating every rule's visitors costs about a
 * hundred times a lint, so it is done once per options object, not once per request: an application
 * lints every request with the same options. Keyed weakly by the object, so nothing outlives the
 * caller's options.
 */
const sessions = new WeakMap<LintOptions, Session>();

/**
 * Options are just as often written inline (`lint(body, { api: 'responses' })`), a new object on
 * every call that says what the last one said. Those are matched by what they say: the few most
 * recently used sessions, keyed by the JSON of their data options; a registry or a rule list in
 * them is matched by identity.
 */
const recentByContent = new Map<string, Session>();
const RECENT_SESSIONS = 16;

export function sessionFor(options: LintOptions | undefined): Session {
  if (options === undefined) options = NO_OPTIONS;
  if (options === null || typeof options !== 'object') checkOptions(options);
  let session = sessions.get(options);
  if (session === undefined) {
    checkOptions(options);
    session = recentSession(options) ?? createSession(options);
    sessions.set(options, session);
  }
  return session;
}

function recentSession(options: LintOptions): Session | undefined {
  const key = contentKey(options);
  if (key === undefined) return undefined;
  const found = recentByContent.get(key);
  if (found !== undefined) {
    // Most recently used last, so the first entry is the one to drop.
    recentByContent.delete(key);
    recentByContent.set(key, found);
    return found;
  }
  const created = createSession(options);
  recentByContent.set(key, created);
  if (recentByContent.size > RECENT_SESSIONS) recentByContent.delete(recentByContent.keys().next().value!);
  return created;
}

function contentKey({ api, preset, rules, modelAliases, registry, ruleModules }: LintOptions): string | undefined {
  try {
    return JSON.stringify([api, preset, rules, modelAliases, identityOf(registry), identityOf(ruleModules)]);
  } catch {
    // Not JSON (a BigInt, a cycle): such options are matched by identity only.
    return undefined;
  }
}

/** A number standing for an object in a content key: a registry or a rule list is the same only if it is the same object. */
const identities = new WeakMap<object, number>();
let lastIdentity = 0;
function identityOf(value: object | undefined): number | undefined {
  if (value === undefined) return undefined;
  let identity = identities.get(value);
  if (identity === undefined) identities.set(value, (identity = ++lastIdentity));
  return identity;
}

const NO_OPTIONS: LintOptions = {};

/**
 * Options come from JavaScript callers too, where nothing checked their types: a wrong one is the
 * caller's mistake, so it throws `ConfigError` naming the option (as the README promises) instead
 * of a TypeError from deep inside, or a finding about the document.
 */
function checkOptions(options: unknown): asserts options is LintOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    const hint = typeof options === 'string' ? ` (to name the API, pass \`{ api: ${JSON.stringify(options)} }\`)` : '';
    throw new ConfigError(
      `lint options must be an object, not ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}${hint}.`,
      '',
    );
  }
  const { api, modelAliases, langchainCallOptions } = options as LintOptions;
  if (api !== undefined && !(API_OPTIONS as readonly unknown[]).includes(api)) {
    throw new ConfigError(`\`api\` must be one of ${API_OPTIONS.map((a) => `\`${a}\``).join(', ')}, not ${describe(api)}.`, 'api');
  }
  if (modelAliases !== undefined) {
    if (modelAliases === null || typeof modelAliases !== 'object' || Array.isArray(modelAliases)) {
      throw new ConfigError(
        `\`modelAliases\` must be an object mapping alias names to model ids, not ${describe(modelAliases)}.`,
        'modelAliases',
      );
    }
    for (const [alias, target] of Object.entries(modelAliases)) {
      if (typeof target !== 'string')
        throw new ConfigError(`\`modelAliases.${alias}\` must be a model id (a string), not ${describe(target)}.`, `modelAliases.${alias}`);
    }
  }
  if (langchainCallOptions !== undefined) {
    const isList = Array.isArray(langchainCallOptions);
    const notAName = isList ? langchainCallOptions.findIndex((key) => typeof key !== 'string') : -1;
    if (!isList || notAName >= 0) {
      const got = isList ? `an array holding ${describe(langchainCallOptions[notAName])}` : describe(langchainCallOptions);
      throw new ConfigError(
        `\`langchainCallOptions\` must be an array of option names (strings) such as \`["reasoningEffort"]\`, not ${got}.`,
        'langchainCallOptions',
      );
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function createSession(options: LintOptions): Session {
  const rules = options.ruleModules ?? builtinRules;
  const registry = options.registry ?? (options.modelAliases ? registryWithAliases(options.modelAliases) : defaultModelRegistry);
  const states = resolveRuleStates(rules, options.preset, options.rules);
  const prepared = new Map<Api, PreparedRules>();
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
