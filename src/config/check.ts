import { builtinRules } from '../../rules/index.js';
import { joinPointer } from '../json-pointer.js';
import { ConfigError, resolveRuleStates, type RuleSetting } from '../engine/settings.js';
import { createModelRegistry } from '../models/registry.js';
import type { ModelEntry } from '../models/types.js';
import { isKnownRuleId, unknownRuleHint } from './rule-ids.js';
import type { ConfigFile } from './types.js';

/** A problem the JSON Schema cannot see, with the JSON Pointer of the value at fault. */
export interface ConfigProblem {
  pointer: string;
  detail: string;
}

type Settings = Pick<ConfigFile, 'preset' | 'rules' | 'models'>;

/** Checks rule ids, severities, rule options, model entries and alias cycles; the first problem wins. */
export function findConfigProblem(config: ConfigFile): ConfigProblem | undefined {
  const top = settingsProblem(config, '');
  if (top !== undefined) return top;
  for (const [index, override] of (config.overrides ?? []).entries()) {
    const found = settingsProblem(override, `/overrides/${index}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function settingsProblem(settings: Settings, prefix: string): ConfigProblem | undefined {
  const rules = (settings.rules ?? {}) as Record<string, RuleSetting>;
  for (const id of Object.keys(rules)) {
    if (!isKnownRuleId(id)) return { pointer: joinPointer(prefix, 'rules', id), detail: `unknown rule; ${unknownRuleHint(id)}` };
  }
  try {
    resolveRuleStates(builtinRules, settings.preset, rules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const pointer = error.key.startsWith('rules.')
      ? joinPointer(prefix, 'rules', error.key.slice('rules.'.length))
      : joinPointer(prefix, error.key);
    return { pointer, detail: error.message.replace(/^Rule "[^"]*": /, '') };
  }
  if (settings.models !== undefined) {
    try {
      createModelRegistry({ aliases: settings.models.aliases ?? {}, customModels: (settings.models.custom ?? []) as ModelEntry[] });
    } catch (error) {
      return { pointer: joinPointer(prefix, 'models'), detail: error instanceof Error ? error.message : String(error) };
    }
  }
  return undefined;
}
