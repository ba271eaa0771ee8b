import type { LintOptions } from '../engine/lint.js';
import { createModelRegistry } from '../models/registry.js';
import type { EffectiveConfig } from './types.js';

/**
 * `LintOptions` for an effective config. The engine caches its per-options work (rule states, model
 * registry) by object identity, so equal configs must map to the same object: most trees have a
 * handful of distinct configs and thousands of files.
 */
export class LintOptionsCache {
  private readonly byKey = new Map<string, LintOptions>();

  get(effective: EffectiveConfig): LintOptions {
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
      };
      this.byKey.set(key, options);
    }
    return options;
  }
}
