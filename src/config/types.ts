import type { FromSchema } from 'json-schema-to-ts';
import type { configSchema } from '../../schemas/config.js';
import type { NormalizedRuleSetting, Preset } from '../engine/settings.js';
import type { ModelEntry } from '../models/types.js';
import type { ApiOption, SeveritySetting } from '../types.js';

/** A config file as written (validated against `schemas/config.ts`). */
export type ConfigFile = FromSchema<typeof configSchema, { keepDefaultedPropertiesOptional: true }>;

/** A config file after loading: where it is, so globs and error messages can refer to it. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  /** Absolute directory that its globs are relative to. */
  dir: string;
  config: ConfigFile;
}

/**
 * The settings that apply to one file after the config cascade, overrides and command-line flags.
 * Plain JSON, so it can be printed (`--print-config`) and sent to worker threads.
 */
export interface EffectiveConfig {
  api?: ApiOption;
  preset?: Preset;
  /** Normalised: `"warn"` and `1` are `"warning"` here, so `--print-config` shows one spelling. */
  rules: Record<string, NormalizedRuleSetting>;
  models: { aliases: Record<string, string>; custom: ModelEntry[] };
  /** Unset: decided by the preset (see `directiveSettingsFor`). */
  reportUnusedDisableDirectives?: SeveritySetting;
  requireDisableReason?: boolean;
  noInlineConfig?: boolean;
}
