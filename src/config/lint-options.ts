import type { FileLintOptions } from '../cli/lint-file.js';
import type { DirectiveSettings } from '../directives/index.js';
import { createModelRegistry } from '../models/registry.js';
import type { EffectiveConfig } from './types.js';

/**
 * How `reqlint-disable` comments apply to a file. Unused ones are reported by default, as warnings
 * (the `recommended` preset, which is the default) or as errors under `strict`.
 */
export function directiveSettingsFor(effective: EffectiveConfig): DirectiveSettings {
  return {
    reportUnused: effective.reportUnusedDisableDirectives ?? (effective.preset === 'strict' ? 'error' : 'warning'),
    requireReason: effective.requireDisableReason ?? false,
    noInlineConfig: effective.noInlineConfig ?? false,
  };
}

/**
 * `LintOptions` (and directive settings) for an effective config. The engine caches its per-options work (rule states, model
 * registry) by object identity, so equal configs must map to the same object: most trees have a
 * handful of distinct configs and thousands of files.
 */
export class LintOptionsCache {
  private readonly byKey = new Map<string, FileLintOptions>();

  get(effective: EffectiveConfig): FileLintOptions {
    const key = JSON.stringify(effective);
    let options = this.byKey.get(key);
    if (options === undefined) {
      const { aliases, custom } = effective.models;
      const hasModels = Object.keys(aliases).length > 0 || custom.length > 0;
      options = {
        ...(effective.api !== undefined ? { api: effective.api } : {}),
        ...(effective.preset !== undefined ? { preset: effective.preset } : {}),
        rules: effective.rules,
        ...(hasModels ? { registry: createModelRegistry({ aliases, customModels: custom }) } : {}),
        directives: directiveSettingsFor(effective),
      };
      this.byKey.set(key, options);
    }
    return options;
  }
}
