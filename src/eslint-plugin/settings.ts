/**
 * The plugin's settings (`settings: { reqlint: {...} }` in an ESLint config) and the reqlint lint
 * options for one linted file: the reqlint config files found from the file (as the CLI finds them,
 * through `ConfigResolver`), under the inline settings, which win.
 *
 * ESLint decides which findings are reported and at which severity (its rules, one per reqlint rule),
 * so reqlint runs every rule (preset `all`) except those a reqlint config or the settings turn `off`;
 * rule options and model aliases and custom models come from reqlint's config.
 */
import { isAbsolute, resolve } from 'node:path';
import { LintOptionsCache } from '../config/lint-options.js';
import { checkCliRules, ConfigResolver } from '../config/resolve.js';
import type { EffectiveConfig } from '../config/types.js';
import type { LintOptions } from '../engine/lint.js';
import { ConfigError, type RuleSetting, normalizeRules } from '../engine/settings.js';
import { DIALECT_IDS } from '../dialect-ids.js';
import { createModelRegistry } from '../models/registry.js';
import type { ModelEntry } from '../models/types.js';
import type { Dialect } from '../types.js';
import { OPENAI_CALL_SITES, type CallSite } from './call-sites.js';

export interface ReqlintEslintSettings {
  /**
   * Which reqlint config applies: by default every `reqlint.config.json` / `.reqlintrc.json` from the
   * linted file's directory up (as for the CLI); a path (relative to ESLint's working directory) uses
   * only that file; `false` uses none.
   */
  configFile?: string | false;
  /** Rule settings, as in a reqlint config's `rules` (`off`, or `[severity, options]`); they win over config files. */
  rules?: Record<string, RuleSetting>;
  /** Model aliases and custom model entries, as in a reqlint config's `models`. */
  models?: { aliases?: Record<string, string>; custom?: ModelEntry[] };
  /** Your own functions that send a request: `{ callee: 'myClient.ask', api: 'chat.completions', argument: 0 }`. */
  callSites?: CallSite[];
}

const DIALECTS: readonly Dialect[] = DIALECT_IDS;
const SETTINGS_KEYS = ['configFile', 'rules', 'models', 'callSites'];

/** Reads and checks `settings.reqlint`; a mistake there is the user's, so it throws with where it is. */
export function readSettings(raw: unknown): ReqlintEslintSettings {
  if (raw === undefined) return {};
  const fail = (key: string, detail: string): never => {
    throw new ConfigError(`reqlint ESLint settings: settings.reqlint${key}: ${detail}`, key);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('', 'must be an object.');
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings))
    if (!SETTINGS_KEYS.includes(key)) fail(`.${key}`, `unknown key; allowed keys are ${SETTINGS_KEYS.join(', ')}.`);
  if (settings['configFile'] !== undefined && settings['configFile'] !== false && typeof settings['configFile'] !== 'string')
    fail('.configFile', 'must be a path or false.');
  if (settings['rules'] !== undefined) {
    if (typeof settings['rules'] !== 'object' || settings['rules'] === null) fail('.rules', 'must be an object.');
    try {
      checkCliRules(settings['rules'] as Record<string, RuleSetting>, '');
    } catch (error) {
      if (error instanceof ConfigError) fail('.rules', error.message);
      throw error;
    }
  }
  if (settings['models'] !== undefined) {
    const models = settings['models'] as ReqlintEslintSettings['models'];
    try {
      createModelRegistry({ aliases: models?.aliases ?? {}, customModels: models?.custom ?? [] });
    } catch (error) {
      fail('.models', error instanceof Error ? error.message : String(error));
    }
  }
  const callSites = settings['callSites'];
  if (callSites !== undefined) {
    if (!Array.isArray(callSites)) fail('.callSites', 'must be an array of { callee, api, argument }.');
    (callSites as unknown[]).forEach((site, index) => {
      const entry = site as Partial<CallSite> | null;
      const at = `.callSites[${index}]`;
      if (typeof entry !== 'object' || entry === null) return fail(at, 'must be { callee, api, argument }.');
      if (typeof entry.callee !== 'string' || !/^(\*\.)?[\w$#]+(\.[\w$#]+)*$/.test(entry.callee))
        fail(`${at}.callee`, 'must be a name such as "ask", "myClient.ask" or "*.ask".');
      if (!DIALECTS.includes(entry.api as Dialect))
        fail(`${at}.api`, `must be one of ${DIALECTS.map((d) => JSON.stringify(d)).join(', ')}.`);
      if (entry.argument !== undefined && (!Number.isInteger(entry.argument) || entry.argument < 0))
        fail(`${at}.argument`, 'must be a whole number from 0.');
    });
  }
  return settings as ReqlintEslintSettings;
}

/** The built-in call sites, then the user's own (with `argument` defaulting to 0). */
export function callSitesOf(settings: ReqlintEslintSettings): CallSite[] {
  return [...(settings.callSites ?? []).map((site) => ({ ...site, argument: site.argument ?? 0 })), ...OPENAI_CALL_SITES];
}

const optionsCache = new LintOptionsCache();
const withApi = new WeakMap<LintOptions, Map<Dialect, LintOptions & { api: Dialect }>>();

/**
 * Lint options for a file and an API. A new resolver per file keeps an editor's long-running ESLint
 * in step with edits to config files; reading them costs little next to ESLint's own work, and only
 * files with a call site get here.
 */
export function lintOptionsFor(
  settings: ReqlintEslintSettings,
  cwd: string,
  filename: string,
): (api: Dialect) => LintOptions & { api: Dialect } {
  const file = isAbsolute(filename) ? filename : resolve(cwd, filename);
  let effective: EffectiveConfig;
  if (settings.configFile === false) {
    effective = { rules: normalizeRules(settings.rules ?? {}), models: { aliases: {}, custom: [] } };
  } else {
    const resolver = new ConfigResolver(cwd, settings.rules === undefined ? {} : { rules: settings.rules }, settings.configFile);
    effective = resolver.effectiveFor(file);
  }
  Object.assign(effective.models.aliases, settings.models?.aliases);
  for (const entry of settings.models?.custom ?? []) {
    effective.models.custom = [...effective.models.custom.filter((e) => !e.ids.some((id) => entry.ids.includes(id))), entry];
  }
  delete effective.api;
  effective.preset = 'all';
  const options = optionsCache.get(effective);
  let byApi = withApi.get(options);
  if (byApi === undefined) withApi.set(options, (byApi = new Map()));
  return (api) => {
    let forApi = byApi.get(api);
    if (forApi === undefined) byApi.set(api, (forApi = { ...options, api }));
    return forApi;
  };
}
