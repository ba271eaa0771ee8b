import type { FromSchema } from 'json-schema-to-ts';
import type { configSchema } from '../../schemas/config.js';
import type { Preset, RuleSetting } from '../engine/settings.js';
import type { ModelEntry } from '../models/types.js';
import type { ApiOption } from '../types.js';

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
  rules: Record<string, RuleSetting>;
  models: { aliases: Record<string, string>; custom: ModelEntry[] };
}
