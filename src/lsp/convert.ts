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

/**
 * The LSP range of a reqlint range (1-based line and UTF-16 column → 0-based), shifted by `lineDelta`
 * lines. reqlint counts columns in the text it lints, which has no byte order mark (`decodeFile`,
 * `jsonlLines`); a client that keeps one holds it as the first character of line 1, so `bomLength`
 * (0 or 1) moves positions on that line right by it.
 */
export function toLspRange(range: Range | undefined, lineDelta = 0, bomLength = 0): LspRange {
  const at = (line: number, character: number) => ({ line, character: line === 0 ? character + bomLength : character });
  if (range === undefined) return { start: at(lineDelta, 0), end: at(lineDelta, 0) };
  return {
    start: at(range.start.line - 1 + lineDelta, range.start.column - 1),
    end: at(range.end.line - 1 + lineDelta, range.end.column - 1),
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
