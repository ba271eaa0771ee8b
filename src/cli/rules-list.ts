import { builtinRules } from '../../rules/index.js';
import { docsUrlFor } from '../docs-url.js';
import { ENGINE_CHECKS } from '../engine/checks.js';
import { defaultSeverity } from '../rule.js';
import type { Severity } from '../types.js';

export interface RuleListing {
  id: string;
  kind: 'rule' | 'engine';
  description: string;
  defaultSeverity: Severity;
  /** In the `recommended` preset (engine checks always run). */
  recommended: boolean;
  fixable: boolean;
  hasSuggestions: boolean;
  docsUrl: string;
}

/** Every rule and engine check, as `reqlint rules` lists them. */
export function listRules(): RuleListing[] {
  return [
    ...builtinRules.map((rule) => ({
      id: rule.id,
      kind: 'rule' as const,
      description: rule.meta.description,
      defaultSeverity: defaultSeverity(rule.meta),
      recommended: rule.meta.recommended,
      fixable: rule.meta.fixable === true,
      hasSuggestions: rule.meta.hasSuggestions === true,
      docsUrl: docsUrlFor(rule.id),
    })),
    ...ENGINE_CHECKS.map((check) => ({
      id: check.id,
      kind: 'engine' as const,
      description: check.description,
      defaultSeverity: check.severity,
      recommended: true,
      fixable: false,
      hasSuggestions: false,
      docsUrl: docsUrlFor(check.id),
    })),
  ];
}

export function formatRulesText(rules: readonly RuleListing[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => {
    const flags = [r.defaultSeverity, r.recommended ? 'recommended' : '', r.fixable ? 'fixable' : '', r.hasSuggestions ? 'suggestions' : '']
      .filter(Boolean)
      .join(', ');
    return `${r.id.padEnd(width)}  ${r.description}\n${' '.repeat(width)}  [${flags}] ${r.docsUrl}`;
  });
  return `${lines.join('\n')}\n\n${rules.length} rules and checks. Set severities with "rules" in reqlint.config.json or --rule 'id: severity'.\n`;
}
