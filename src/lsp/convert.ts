import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic, type Range as LspRange } from 'vscode-languageserver';
import type { Diagnostic, Range, Severity } from '../types.js';

/** Severity stays a string inside reqlint; this is the LSP edge (see CONVENTIONS: "convert only at the edges"). */
const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * Findings about options that the API accepts and then ignores (or, for `parse/duplicate-key`, the
 * copy of a key it ignores): editors fade them with `DiagnosticTag.Unnecessary`, as they fade unused
 * code. Only rules whose every finding is "this has no effect" belong here; a rule that reports a
 * 400 does not, however optional the option is.
 */
export const UNNECESSARY_RULES: ReadonlySet<string> = new Set([
  'parse/duplicate-key',
  'langchain/no-dropped-options',
  'audio/no-audio-options-without-modality',
  'sampling/no-logprobs-with-forced-tool-call',
  'structured-outputs/no-default',
  'models/no-unsupported-prompt-cache-options',
  'search/no-web-search-options-on-non-search-model',
]);

export const SOURCE = 'reqlint';

/** The LSP range of a reqlint range (1-based line and UTF-16 column → 0-based), shifted by `lineDelta` lines. */
export function toLspRange(range: Range | undefined, lineDelta = 0): LspRange {
  if (range === undefined) return { start: { line: lineDelta, character: 0 }, end: { line: lineDelta, character: 0 } };
  return {
    start: { line: range.start.line - 1 + lineDelta, character: range.start.column - 1 },
    end: { line: range.end.line - 1 + lineDelta, character: range.end.column - 1 },
  };
}

export function toLspDiagnostic(diagnostic: Diagnostic, range: LspRange): LspDiagnostic {
  return {
    range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    codeDescription: { href: diagnostic.docsUrl },
    source: SOURCE,
    message: diagnostic.message,
    ...(UNNECESSARY_RULES.has(diagnostic.ruleId) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}
