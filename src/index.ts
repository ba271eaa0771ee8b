/**
 * reqlint: lint OpenAI-style request bodies before they are sent.
 *
 *   import { lint } from 'reqlint';
 *   const { diagnostics } = lint(body, { api: 'chat.completions' });
 */
export { lint, type LintOptions } from './engine/lint.js';
export { applyFixes, type FixResult } from './engine/fix/apply-fixes.js';
export { applyFix, PatchError, type ApplyFixOptions } from './apply-fix.js';
export { describeFix } from './describe-fix.js';
export { assertValidRequest, RequestLintError } from './assert.js';
export { ConfigError, PRESETS, type Preset, type RuleSetting, type SeverityInput } from './engine/settings.js';
export { ENGINE_CHECKS, type EngineCheck } from './engine/checks.js';
export { defineRule, type RuleModule, type RuleMeta, type RuleContext, type Report, type AnyRule } from './rule.js';
export type * from './nodes.js';
export { builtinRules } from '../rules/index.js';
export { createModelRegistry, defaultModelRegistry, type ModelRegistry } from './models/registry.js';
export type { ResolvedModel, Feature, ModelParameter, ParameterSupport, ReasoningEffort, ModelAliases } from './models/types.js';
export type * from './types.js';
export { docsUrlFor } from './docs-url.js';
export { toWireRequest, type ToWireRequestOptions, type RebuiltRequest, type ClientDialect } from './to-wire-request.js';
export { createJsonlLinter, lintJsonLines, type JsonlLinter } from './jsonl/index.js';
export { requestLintErrorOf } from './integrations/request-lint-error-of.js';
export {
  reqlintFetch,
  REJECTION_HEADER,
  type ReqlintFetchOptions,
  type GuardMode,
  type GuardReport,
  type GuardLogger,
  type ApiErrorContext,
} from './integrations/fetch-guard.js';
export { withReqlint, reqlintCallbackHandler, type ReqlintCallbackHandler } from './integrations/wrap.js';
export { explainApiError, type ApiErrorExplanation, type ApiErrorFields } from './integrations/explain-api-error.js';
export type { Endpoint, EndpointOptions } from './integrations/endpoints.js';
