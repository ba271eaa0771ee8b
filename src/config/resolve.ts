import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { picomatch } from '../cli/lazy-deps.js';
import { builtinRules } from '../../rules/index.js';
import { ENGINE_CHECKS } from '../engine/checks.js';
import { ConfigError, resolveRuleStates, type Preset, type RuleSetting } from '../engine/settings.js';
import { createModelRegistry } from '../models/registry.js';
import type { ModelEntry } from '../models/types.js';
import type { ApiOption } from '../types.js';
import { ConfigFileError, loadConfigFile } from './load.js';
import type { ConfigFile, EffectiveConfig, LoadedConfig } from './types.js';

/** Looked for in each directory, in this order; the first one found is that directory's config. */
export const CONFIG_FILE_NAMES = ['reqlint.config.json', '.reqlintrc.json'] as const;

/** Command-line settings: they win over every config file. */
export interface CliSettings {
  api?: ApiOption;
  preset?: Preset;
  rules?: Record<string, RuleSetting>;
}

const ALL_RULE_IDS = [...builtinRules.map((r) => r.id), ...ENGINE_CHECKS.map((c) => c.id)];

/**
 * Finds and merges configs for each linted file. Without `--config`: every config from the file's
 * directory up to the first `"root": true` one (or the filesystem root) applies, nearer files
 * winning, as in ESLint's cascading configs. With `--config`: only that file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly chains = new Map<string, LoadedConfig[]>();
  private readonly explicit: LoadedConfig | undefined;
  private readonly matchers = new Map<string, (path: string) => boolean>();

  constructor(
    private readonly cwd: string,
    private readonly cli: CliSettings = {},
    configPath?: string,
  ) {
    this.explicit = configPath === undefined ? undefined : this.checked(loadConfigFile(resolve(cwd, configPath), cwd));
  }

  /** The configs that apply to files in `dir`, outermost first. */
  chainFor(dir: string): LoadedConfig[] {
    if (this.explicit !== undefined) return [this.explicit];
    const cached = this.chains.get(dir);
    if (cached !== undefined) return cached;
    const own = this.configIn(dir);
    const parent = dirname(dir);
    const chain = own?.config.root === true || parent === dir ? (own ? [own] : []) : [...this.chainFor(parent), ...(own ? [own] : [])];
    this.chains.set(dir, chain);
    return chain;
  }

  effectiveFor(filePath: string): EffectiveConfig {
    const absolute = resolve(this.cwd, filePath);
    const effective: EffectiveConfig = { rules: {}, models: { aliases: {}, custom: [] } };
    for (const loaded of this.chainFor(dirname(absolute))) {
      apply(effective, loaded.config);
      const local = relative(loaded.dir, absolute).split(sep).join('/');
      for (const override of loaded.config.overrides ?? []) {
        const included = this.matcher(override.files)(local);
        const excluded = override.excludedFiles !== undefined && this.matcher(override.excludedFiles)(local);
        if (included && !excluded) apply(effective, override);
      }
    }
    if (this.cli.api !== undefined) effective.api = this.cli.api;
    if (this.cli.preset !== undefined) effective.preset = this.cli.preset;
    Object.assign(effective.rules, this.cli.rules);
    return effective;
  }

  /** Whether a config's `ignorePatterns` exclude the file. */
  isIgnored(filePath: string): boolean {
    const absolute = resolve(this.cwd, filePath);
    return this.chainFor(dirname(absolute)).some((loaded) => {
      const patterns = loaded.config.ignorePatterns ?? [];
      return patterns.length > 0 && this.matcher(patterns)(relative(loaded.dir, absolute).split(sep).join('/'));
    });
  }

  private configIn(dir: string): LoadedConfig | undefined {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    const name = CONFIG_FILE_NAMES.find((candidate) => existsSync(join(dir, candidate)));
    const loaded = name === undefined ? undefined : this.checked(loadConfigFile(join(dir, name), this.cwd));
    this.byDir.set(dir, loaded ?? null);
    return loaded;
  }

  private matcher(globs: readonly string[]): (path: string) => boolean {
    const key = globs.join('\0');
    let match = this.matchers.get(key);
    if (match === undefined) {
      // `dot`: fixtures under `.github/` are as real as any; `**/x` also matches `x` at the top.
      match = picomatch()([...globs], { dot: true });
      this.matchers.set(key, match);
    }
    return match;
  }

  /** Checks what the JSON Schema cannot: rule ids, rule options, model entries and alias cycles. */
  private checked(loaded: LoadedConfig): LoadedConfig {
    const file = relative(this.cwd, loaded.path) || loaded.path;
    checkSettings(file, '', loaded.config);
    (loaded.config.overrides ?? []).forEach((override, index) => checkSettings(file, `overrides[${index}].`, override));
    return loaded;
  }
}

type Settings = Pick<ConfigFile, 'api' | 'preset' | 'rules' | 'models'>;

function apply(effective: EffectiveConfig, settings: Settings): void {
  if (settings.api !== undefined) effective.api = settings.api;
  if (settings.preset !== undefined) effective.preset = settings.preset;
  Object.assign(effective.rules, settings.rules as Record<string, RuleSetting> | undefined);
  Object.assign(effective.models.aliases, settings.models?.aliases);
  // A nearer entry for the same id replaces the outer one rather than colliding with it.
  for (const entry of (settings.models?.custom ?? []) as ModelEntry[]) {
    effective.models.custom = [...effective.models.custom.filter((e) => !e.ids.some((id) => entry.ids.includes(id))), entry];
  }
}

function checkSettings(file: string, prefix: string, settings: Settings, rulesKey = 'rules.'): void {
  const rules = (settings.rules ?? {}) as Record<string, RuleSetting>;
  for (const id of Object.keys(rules)) {
    if (!ALL_RULE_IDS.includes(id)) {
      const near = didYouMean(id);
      throw new ConfigFileError(file, `${prefix}${rulesKey}${id}`, `unknown rule${near ? `; did you mean ${JSON.stringify(near)}?` : '.'} (\`reqlint rules\` lists them all)`);
    }
  }
  try {
    resolveRuleStates(builtinRules, settings.preset, rules);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(file, prefix + (rulesKey === 'rules.' ? error.key : error.key.replace(/^rules\./, '')), error.message);
    throw error;
  }
  if (settings.models !== undefined) {
    try {
      createModelRegistry({ aliases: settings.models.aliases ?? {}, customModels: (settings.models.custom ?? []) as ModelEntry[] });
    } catch (error) {
      throw new ConfigFileError(file, `${prefix}models`, error instanceof Error ? error.message : String(error));
    }
  }
}

/** Checks `--rule` flags like a config's `rules`, naming the flag in errors. */
export function checkCliRules(rules: Record<string, RuleSetting>): void {
  checkSettings('--rule', '', { rules } as Settings, '');
}

/**
 * The closest rule id. A typo is usually early in a long id (`tools/no-tol-choice` for
 * `tools/no-tool-choice-without-tools`), so each id is also compared by its prefix of the typed length.
 */
export function didYouMean(typed: string): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ALL_RULE_IDS) {
    const score = typed.length >= 6 ? Math.min(distance(typed, id), distance(typed, id.slice(0, typed.length)) + 1) : distance(typed, id);
    if (score < bestScore) [best, bestScore] = [id, score];
  }
  return bestScore <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}
