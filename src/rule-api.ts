/**
 * Everything a rule may use, in one module: the rule contract, node types, JSON Pointer and parameter
 * helpers, and the facts rules read. Rules import from here (and from `schemas/` for facts), never
 * from the engine, a dialect or a front-end; a meta test holds them to it.
 */

// The contract and the nodes rules visit.
export { defineRule, type RuleContext, type RuleSetup, type Report, type SuggestionReport } from './rule.js';
export type * from './nodes.js';
export type { JsonPatch } from './types.js';
export type { ModelParameter, ParameterSupport, ResolvedModel, ServiceTier, TokenLimits } from './models/types.js';

// Reading the request.
export { joinPointer, lookupSegments, MISSING, parsePointer } from './json-pointer.js';
export { effectiveEffort, param, parameterPointer, paramValue, peekParam, setParameterPatch } from './params.js';
export { isRecord, withKeysFirst } from './json-value.js';
export { contentMentionsJson } from './message-text.js';
export { textPartAs } from './content-parts.js';
export { chatToolName, hasChatTool, type ChatTool } from './chat-tools.js';
export { fastestLevenshtein } from './lazy-deps.js';

// Facts about the API (each with its source).
export { DEPRECATIONS } from './facts/deprecations.js';
export { KNOWN_VOICES, EXAMPLE_AUDIO_OPTIONS } from './facts/voices.js';
export { RESPONSES_ONLY_PARAMETERS } from './facts/responses-parameters.js';
export { CHAT_ONLY_PARAMETERS } from './facts/chat-only-parameters.js';
export { SAMPLING_DEFAULTS } from './facts/sampling.js';

// Structured Outputs: the strict subset and one shared analysis of each strict schema.
export { allEntries, entriesWith, membersToCheck } from './structured-outputs/analyze.js';
export type { SchemaEntry } from './structured-outputs/entry.js';
export { Fact } from './structured-outputs/facts.js';
export type { Budget, Contribution } from './structured-outputs/measure.js';
export { ownerLabel } from './structured-outputs/owner.js';
export { lookup, resolveRef, type RefStatus } from './structured-outputs/refs.js';
export { rootShapeProblem, type RootShapeProblem } from './structured-outputs/shape.js';
export { enforcesStrict } from './structured-outputs/strict.js';
export {
  FINE_TUNE_UNSUPPORTED,
  formatCount,
  isStrictType,
  isSupportedFormat,
  isSupportedType,
  LARGE_ENUM_THRESHOLD,
  limitProfile,
  ROOT_ONLY_KEYWORDS,
  STRING_LENGTH_BOUNDS,
  SUPPORTED_FORMATS,
  UNSUPPORTED_KEYWORDS,
} from './structured-outputs/subset.js';
