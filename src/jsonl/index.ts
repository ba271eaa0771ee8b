import { lint, type LintOptions } from '../engine/lint.js';
import type { Diagnostic, Range } from '../types.js';
import { shiftRange } from './ranges.js';
import { BatchChecker } from './batch.js';
import { FirstLineById } from './first-line-by-id.js';
import { pushAll } from '../push-all.js';
import { checkJsonlSyntax, DIRECTIVE_IN_BATCH_FILE, inBatchLine } from './jsonc-syntax.js';
import { toDiagnostics } from '../engine/report/problems.js';
import { sessionFor } from '../engine/session.js';
import { jsonlLines } from './lines.js';

/**
 * JSON Lines: one request body per line (as logged), or an OpenAI Batch input file, whose lines are
 * `{ custom_id, method, url, body }` (see `batch.ts`); each line is recognised on its own. The linter is incremental, so the CLI can
 * stream a large file line by line with bounded memory; `finish()` returns findings that need the
 * whole file (for example duplicate batch `custom_id`s).
 *
 * Diagnostics carry the file line in `line` and ranges in file coordinates.
 */
export interface JsonlLinter {
  /** Lints one line. `lineNumber` is 1-based; `offset` is the line's start offset in the file. */
  line(text: string, lineNumber: number, offset: number): Diagnostic[];
  finish(): Diagnostic[];
}

/**
 * What one line yields on its own, in its own coordinates (line 1, offset 0): its findings, and the
 * facts that the cross-line checks need. It depends on nothing but the line's text, so a language
 * server keeps it per line and lints again only the lines an edit touched.
 */
export interface JsonlLineResult {
  diagnostics: Diagnostic[];
  /** A line of `reqlint-disable` directives only: where its directive is (an error in a Batch file). */
  directiveLine?: Range;
  customId?: { id: string; range: Range | undefined };
  url?: { url: string; range: Range | undefined };
}

/** Lints single lines on their own; see `JsonlLineResult`. */
export function createJsonlLineLinter(options: LintOptions): (text: string) => JsonlLineResult {
  const batch = new BatchChecker(options);
  const states = sessionFor(options).states;
  return (text) => {
    if (text.trim() === '') return { diagnostics: [] };
    const syntax = checkJsonlSyntax(text);
    // A comment line is a finding about that line (or, for a directive, none yet), never "an empty document".
    if (syntax.commentOnly)
      return {
        diagnostics: toDiagnostics(syntax.problems, states, text, undefined),
        ...(syntax.directiveLine ? { directiveLine: syntax.directiveLine } : {}),
      };
    const batchLine = batch.lintLine(text);
    const syntaxFindings = toDiagnostics(batchLine === undefined ? syntax.problems : inBatchLine(syntax.problems), states, text, undefined);
    // Plain JSONL: one request body per line, as logged.
    if (batchLine === undefined) return { diagnostics: [...syntaxFindings, ...lint(text, options).diagnostics] };
    return {
      diagnostics: [...syntaxFindings, ...batchLine.diagnostics],
      ...(batchLine.customId !== undefined ? { customId: { id: batchLine.customId, range: batchLine.customIdRange } } : {}),
      ...(batchLine.url !== undefined ? { url: { url: batchLine.url, range: batchLine.urlRange } } : {}),
    };
  };
}

/**
 * The checks across lines of a batch file (one endpoint per file, unique `custom_id`s, no directive
 * lines in a file that is uploaded as it is), fed the lines' results in file order. Only an id and a range are kept per line, so memory stays small and
 * replaying a whole file's results costs no parsing.
 */
export interface JsonlCrossLineChecks {
  /** The cross-line findings on this line (file coordinates), known as soon as the line is seen. */
  line(result: JsonlLineResult, lineNumber: number, offset: number): Diagnostic[];
  /** The findings that need every line (file coordinates, by line). */
  finish(): Diagnostic[];
}

export function createJsonlCrossLineChecks(options: LintOptions): JsonlCrossLineChecks {
  const batch = new BatchChecker(options);
  // Every id must be remembered (a repeat may come on the last line), compactly (`FirstLineById`); a
  // record is made only for the (rare) repeats: replaying a 100,000-line file's results after each
  // keystroke in an editor then allocates next to nothing.
  const firstLines = new FirstLineById();
  const repeats: Array<{ id: string; first: number; line: number; offset: number; range: Diagnostic['range'] }> = [];
  let firstUrl: { url: string; line: number } | undefined;
  // Directive lines are a Batch file's error only, which its envelope lines tell, possibly after them.
  const directiveLines: Array<{ line: number; offset: number; range: Range }> = [];
  let isBatchFile = false;
  return {
    line(result, lineNumber, offset) {
      if (result.directiveLine !== undefined) directiveLines.push({ line: lineNumber, offset, range: result.directiveLine });
      if (result.customId !== undefined || result.url !== undefined) isBatchFile = true;
      if (result.customId !== undefined) {
        const first = firstLines.firstLineOf(result.customId.id, lineNumber);
        if (first !== undefined) repeats.push({ id: result.customId.id, first, line: lineNumber, offset, range: result.customId.range });
      }
      if (result.url === undefined) return [];
      if (firstUrl === undefined) {
        firstUrl = { url: result.url.url, line: lineNumber };
        return [];
      }
      if (result.url.url === firstUrl.url) return [];
      const mixed = batch.crossLine(
        'batch/mixed-urls',
        `\`url\` is "${result.url.url}" but line ${firstUrl.line} uses "${firstUrl.url}"; a batch sends every request to one endpoint, so split the file by \`url\`.`,
        '/url',
        result.url.range,
      );
      return mixed ? [toFileCoordinates(mixed, lineNumber, offset)] : [];
    },
    finish() {
      const diagnostics: Diagnostic[] = [];
      if (isBatchFile)
        for (const directive of directiveLines) {
          const found = batch.crossLine(
            'parse/jsonl-comments',
            DIRECTIVE_IN_BATCH_FILE,
            '',
            shiftRange(directive.range, directive.line, directive.offset),
          );
          if (found) diagnostics.push({ ...found, line: directive.line });
        }
      // Lines arrive in order, so the repeats are already sorted by line.
      for (const repeat of repeats) {
        const range = repeat.range && shiftRange(repeat.range, repeat.line, repeat.offset);
        const found = batch.crossLine(
          'batch/duplicate-custom-id',
          `\`custom_id\` ${JSON.stringify(repeat.id)} is already used on line ${repeat.first}; every line needs its own id, because the results are matched to requests by it.`,
          '/custom_id',
          range,
        );
        if (found) diagnostics.push({ ...found, line: repeat.line });
      }
      return diagnostics;
    },
  };
}

export function createJsonlLinter(options: LintOptions = {}): JsonlLinter {
  const lintLine = createJsonlLineLinter(options);
  const crossLine = createJsonlCrossLineChecks(options);
  return {
    line(text, lineNumber, offset) {
      const result = lintLine(text);
      return [
        ...result.diagnostics.map((diagnostic) => toFileCoordinates(diagnostic, lineNumber, offset)),
        ...crossLine.line(result, lineNumber, offset),
      ];
    },
    finish: () => crossLine.finish(),
  };
}

/** A diagnostic of one line (line 1, offset 0) moved to the line's place in the file. */
export function toFileCoordinates(diagnostic: Diagnostic, lineNumber: number, offset: number): Diagnostic {
  return { ...diagnostic, line: lineNumber, ...(diagnostic.range ? { range: shiftRange(diagnostic.range, lineNumber, offset) } : {}) };
}
/** Lints a whole JSONL text (lines cut as `jsonlLines` cuts them: LF or CRLF, a leading BOM dropped). */
export function lintJsonLines(text: string, options: LintOptions = {}): Diagnostic[] {
  const linter = createJsonlLinter(options);
  const diagnostics: Diagnostic[] = [];
  for (const line of jsonlLines(text)) pushAll(diagnostics, linter.line(line.text, line.lineNumber, line.offset));
  pushAll(diagnostics, linter.finish());
  return diagnostics;
}
