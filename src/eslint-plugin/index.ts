/**
 * reqlint's ESLint plugin: lints the requests written in code (openai-node and LangChain call sites)
 * and reports reqlint's findings at the key or value that causes them.
 *
 *   // eslint.config.js
 *   import reqlint from 'reqlint/eslint-plugin';
 *   export default [reqlint.configs.recommended];
 *
 * See docs/eslint-plugin.md.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { packageVersion } from '../package-version.js';
import type { Severity } from '../types.js';
import { PLUGIN_NAME, PLUGIN_RULES } from './rules.js';

export type { CallSite } from './call-sites.js';
export type { ReqlintEslintSettings } from './settings.js';
export { eslintRuleName } from './rules.js';

export interface ReqlintEslintPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<string, Rule.RuleModule>;
  configs: {
    /** The rules of reqlint's `recommended` preset, errors as `error` and warnings as `warn` (infos stay off). */
    recommended: Linter.Config;
    /** Every rule, infos (an unknown model, a switch to the Responses API) included as `warn`. */
    all: Linter.Config;
  };
}

const ESLINT_SEVERITY: Record<Severity, Linter.RuleSeverity> = { error: 'error', warning: 'warn', info: 'warn' };

const plugin: ReqlintEslintPlugin = {
  meta: { name: PLUGIN_NAME, version: packageVersion() },
  rules: Object.fromEntries(PLUGIN_RULES.map((entry) => [entry.name, entry.rule])),
  configs: { recommended: {}, all: {} },
};

plugin.configs.recommended = {
  name: `${PLUGIN_NAME}/recommended`,
  plugins: { [PLUGIN_NAME]: plugin },
  rules: Object.fromEntries(
    PLUGIN_RULES.filter((entry) => entry.recommended && entry.severity !== 'info').map((entry) => [
      `${PLUGIN_NAME}/${entry.name}`,
      ESLINT_SEVERITY[entry.severity],
    ]),
  ),
};
plugin.configs.all = {
  name: `${PLUGIN_NAME}/all`,
  plugins: { [PLUGIN_NAME]: plugin },
  rules: Object.fromEntries(PLUGIN_RULES.map((entry) => [`${PLUGIN_NAME}/${entry.name}`, ESLINT_SEVERITY[entry.severity]])),
};

export default plugin;
