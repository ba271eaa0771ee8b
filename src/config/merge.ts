import type { ModelEntry } from '../models/types.js';
import type { ConfigFile } from './types.js';

/**
 * `over` on top of `base`, as `extends` composes configs: scalar settings from `over` win, rules and
 * model aliases merge key by key, custom models replace entries with the same id, overrides and
 * ignore patterns accumulate (base first, so a later override still wins). `root` and `extends`
 * are not merged: they belong to the file that says them.
 */
export function mergeConfigs(base: ConfigFile, over: ConfigFile): ConfigFile {
  const merged: ConfigFile = { ...base };
  if (over.api !== undefined) merged.api = over.api;
  if (over.preset !== undefined) merged.preset = over.preset;
  if (over.reportUnusedDisableDirectives !== undefined) merged.reportUnusedDisableDirectives = over.reportUnusedDisableDirectives;
  if (over.requireDisableReason !== undefined) merged.requireDisableReason = over.requireDisableReason;
  if (over.noInlineConfig !== undefined) merged.noInlineConfig = over.noInlineConfig;
  if (over.rules !== undefined) merged.rules = { ...base.rules, ...over.rules };
  if (over.models !== undefined) {
    const custom = mergeCustomModels((base.models?.custom ?? []) as ModelEntry[], (over.models.custom ?? []) as ModelEntry[]);
    merged.models = {
      aliases: { ...base.models?.aliases, ...over.models.aliases },
      custom: custom as NonNullable<ConfigFile['models']>['custom'],
    };
  }
  if (over.overrides !== undefined) merged.overrides = [...(base.overrides ?? []), ...over.overrides];
  if (over.ignorePatterns !== undefined) merged.ignorePatterns = [...(base.ignorePatterns ?? []), ...over.ignorePatterns];
  return merged;
}

/** A later entry for the same id replaces the earlier one rather than colliding with it. */
export function mergeCustomModels(base: readonly ModelEntry[], over: readonly ModelEntry[]): ModelEntry[] {
  let result = [...base];
  for (const entry of over) result = [...result.filter((e) => !e.ids.some((id) => entry.ids.includes(id))), entry];
  return result;
}
