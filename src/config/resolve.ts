import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { picomatch } from '../cli/lazy-deps.js';
import { pointerToDisplayPath } from '../json-pointer.js';
import { ConfigError, normalizeRules, normalizeSeverity, type Preset, type RuleSetting } from '../engine/settings.js';
import type { ModelEntry } from '../models/types.js';
import type { ApiOption, SeveritySetting } from '../types.js';
import { settingsProblem } from './check.js';
import { ConfigFileError, loadConfigFile } from './load.js';
import { mergeCustomModels } from './merge.js';
import type { ConfigFile, EffectiveConfig, LoadedConfig } from './types.js';

export { didYouMean } from './rule-ids.js';

/**
 * Looked for in each directory, in this order; the first one found is that directory's config, and
 * a `reqlint` key in `package.json` comes after all of them. Data formats only: no config runs code.
 */
export const CONFIG_FILE_NAMES = [
  'reqlint.config.json',
  'reqlint.config.jsonc',
  'reqlint.config.yaml',
  'reqlint.config.yml',
  '.reqlintrc.json',
  '.reqlintrc.jsonc',
  '.reqlintrc.yaml',
  '.reqlintrc.yml',
] as const;

/** Names that look like a reqlint config: one that is not loaded gets a warning rather than silence. */
const CONFIG_LIKE = /^(?:\.reqlintrc|reqlint\.config)(?:\..+)?$/;

/** Command-line settings: they win over every config file. */
export interface CliSettings {
  api?: ApiOption;
  preset?: Preset;
  rules?: Record<string, RuleSetting>;
  reportUnusedDisableDirectives?: SeveritySetting;
}

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
  private readonly warned = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly cli: CliSettings = {},
    configPath?: string,
    /** Called once per config-like file that is not loaded (stderr in the CLI). */
    private readonly onWarning: (message: string) => void = () => undefined,
  ) {
    this.explicit = configPath === undefined ? undefined : loadConfigFile(resolve(cwd, configPath), cwd);
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
    if (this.cli.reportUnusedDisableDirectives !== undefined)
      effective.reportUnusedDisableDirectives = this.cli.reportUnusedDisableDirectives;
    Object.assign(effective.rules, normalizeRules(this.cli.rules ?? {}));
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
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      entries = [];
    }
    const candidates: string[] = CONFIG_FILE_NAMES.filter((name) => entries.includes(name));
    if (entries.includes('package.json') && hasReqlintKey(join(dir, 'package.json'))) candidates.push('package.json');
    const [chosen, ...notLoaded] = candidates;
    for (const name of notLoaded) {
      this.warn(
        join(dir, name),
        `${name === 'package.json' ? 'the "reqlint" key of ' : ''}${this.shown(join(dir, name))} is not loaded: ${this.shown(join(dir, chosen!))} in the same folder is used, and reqlint reads one config per folder; merge them (a config can \`extends\` another).`,
      );
    }
    for (const name of entries.filter((n) => CONFIG_LIKE.test(n) && !(CONFIG_FILE_NAMES as readonly string[]).includes(n))) {
      this.warn(
        join(dir, name),
        `${this.shown(join(dir, name))} is not loaded: reqlint reads configs from ${CONFIG_FILE_NAMES.join(', ')} or a "reqlint" key in package.json (a config is data and never runs code); rename or convert it.`,
      );
    }
    const loaded = chosen === undefined ? undefined : loadConfigFile(join(dir, chosen), this.cwd);
    this.byDir.set(dir, loaded ?? null);
    return loaded;
  }

  private warn(path: string, message: string): void {
    if (this.warned.has(path)) return;
    this.warned.add(path);
    this.onWarning(message);
  }

  private shown(path: string): string {
    return relative(this.cwd, path) || path;
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
}

/** Only a package.json that has a `reqlint` key is a config; any other is npm's business. */
export function hasReqlintKey(path: string): boolean {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && 'reqlint' in value;
  } catch {
    return false;
  }
}

type Settings = Pick<
  ConfigFile,
  'api' | 'preset' | 'rules' | 'models' | 'reportUnusedDisableDirectives' | 'requireDisableReason' | 'noInlineConfig'
>;

function apply(effective: EffectiveConfig, settings: Settings): void {
  if (settings.api !== undefined) effective.api = settings.api;
  if (settings.preset !== undefined) effective.preset = settings.preset;
  if (settings.reportUnusedDisableDirectives !== undefined)
    effective.reportUnusedDisableDirectives = normalizeReportUnused(settings.reportUnusedDisableDirectives);
  if (settings.requireDisableReason !== undefined) effective.requireDisableReason = settings.requireDisableReason;
  if (settings.noInlineConfig !== undefined) effective.noInlineConfig = settings.noInlineConfig;
  Object.assign(effective.rules, normalizeRules((settings.rules ?? {}) as Record<string, RuleSetting>));
  Object.assign(effective.models.aliases, settings.models?.aliases);
  effective.models.custom = mergeCustomModels(effective.models.custom, (settings.models?.custom ?? []) as ModelEntry[]);
}

/** `true` → `warning`, `false` → `off`, ESLint's severity spellings → reqlint's. */
export function normalizeReportUnused(value: boolean | string | number): SeveritySetting {
  if (value === true) return 'warning';
  if (value === false) return 'off';
  return normalizeSeverity(value) ?? 'warning';
}

/**
 * Checks rule settings given outside a config file like a config's `rules`, naming each in errors as
 * its source does: `--rule tools/no-empty-tools: …` for the flag, `prefix` for others.
 */
export function checkCliRules(rules: Record<string, RuleSetting>, prefix = '--rule '): void {
  const problem = settingsProblem({ rules } as Settings, '');
  if (problem !== undefined)
    throw new ConfigError(`${prefix}${pointerToDisplayPath(problem.pointer).replace(/^rules\./, '')}: ${problem.detail}`, 'rules');
}

export { ConfigFileError };
