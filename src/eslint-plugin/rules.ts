/**
 * One ESLint rule per reqlint rule and engine check that applies to a request written in code, so
 * users switch single checks off where they switch ESLint rules off. Each reports the findings of its
 * reqlint rule id from the file's shared analysis (`analyze-file.ts`).
 *
 * Names: `reqlint/<area>-<name>` for reqlint's `<area>/<name>` (`reqlint/reasoning-no-max-tokens-on-reasoning-model`).
 * ESLint would accept the slash (it splits an unscoped plugin's rule id at the first `/`), but rule
 * names in the ecosystem (`@typescript-eslint/no-floating-promises`) are one kebab-case word, and a
 * second slash breaks as soon as the plugin is registered under a scoped name such as `@acme/reqlint`
 * (ESLint then splits at the last `/`).
 */
import type { Rule } from 'eslint';
import { builtinRules } from '../../rules/index.js';
import { docsUrlFor } from '../docs-url.js';
import { ENGINE_CHECKS } from '../engine/checks.js';
import { defaultSeverity } from '../rule.js';
import type { Severity } from '../types.js';
import { fileMayHaveRequests, findingsFor } from './analyze-file.js';

/** The plugin's name, as registered in `plugins` by the shipped configs. */
export const PLUGIN_NAME = 'reqlint';

/** Engine checks that cannot happen for a request in code (no JSON text, no dialect to tell, no Batch file). */
const NOT_IN_CODE = /^(parse|dialect|batch)\//;

export interface PluginRuleEntry {
  /** The reqlint rule id (`reasoning/no-max-tokens-on-reasoning-model`). */
  reqlintId: string;
  /** The rule's name inside the plugin (`reasoning-no-max-tokens-on-reasoning-model`). */
  name: string;
  severity: Severity;
  recommended: boolean;
  rule: Rule.RuleModule;
}

export function eslintRuleName(reqlintId: string): string {
  return reqlintId.replace(/\//g, '-');
}

function makeRule(
  reqlintId: string,
  meta: { type: 'problem' | 'suggestion'; description: string; fixable: boolean; hasSuggestions: boolean; recommended: boolean },
): Rule.RuleModule {
  return {
    meta: {
      type: meta.type,
      docs: { description: meta.description, recommended: meta.recommended, url: docsUrlFor(reqlintId) },
      ...(meta.fixable ? { fixable: 'code' as const } : {}),
      ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
      // Options stay in reqlint's config (`settings.reqlint.rules` or a reqlint config file), one place for the CLI and ESLint.
      schema: [],
    },
    create(context) {
      if (!fileMayHaveRequests(context)) return {};
      return {
        'Program:exit'() {
          for (const finding of findingsFor(context).get(reqlintId) ?? []) {
            const fix = meta.fixable ? finding.fix : undefined;
            context.report({
              node: finding.node,
              message: finding.message,
              ...(fix ? { fix: (fixer: Rule.RuleFixer) => fix.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) } : {}),
              ...(meta.hasSuggestions && finding.suggestions.length > 0
                ? {
                    suggest: finding.suggestions.map((s) => ({
                      desc: s.desc,
                      fix: (fixer: Rule.RuleFixer) => s.edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
                    })),
                  }
                : {}),
            });
          }
        },
      };
    },
  };
}

export const PLUGIN_RULES: readonly PluginRuleEntry[] = [
  ...builtinRules.map((rule): PluginRuleEntry => {
    const severity = defaultSeverity(rule.meta);
    return {
      reqlintId: rule.id,
      name: eslintRuleName(rule.id),
      severity,
      recommended: rule.meta.recommended,
      rule: makeRule(rule.id, {
        type: rule.meta.type,
        description: rule.meta.description,
        fixable: rule.meta.fixable === true,
        hasSuggestions: rule.meta.hasSuggestions === true,
        recommended: rule.meta.recommended,
      }),
    };
  }),
  ...ENGINE_CHECKS.filter((check) => !NOT_IN_CODE.test(check.id)).map((check): PluginRuleEntry => ({
    reqlintId: check.id,
    name: eslintRuleName(check.id),
    severity: check.severity,
    recommended: true,
    // Engine checks say what the schema or the registry found; some carry did-you-mean fixes.
    rule: makeRule(check.id, {
      type: check.severity === 'error' ? 'problem' : 'suggestion',
      description: check.description,
      fixable: true,
      hasSuggestions: true,
      recommended: true,
    }),
  })),
];
