import { lint, type LintOptions } from '../engine/lint.js';
import type { Diagnostic } from '../types.js';

/**
 * JSON Lines: one request (or one Batch API line) per line. The linter is incremental, so the CLI can
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

export function createJsonlLinter(options: LintOptions): JsonlLinter {
  return {
    line(text, lineNumber, offset) {
      if (text.trim() === '') return [];
      return lint(text, options).diagnostics.map((diagnostic) => toFileCoordinates(diagnostic, lineNumber, offset));
    },
    finish: () => [],
  };
}

export function toFileCoordinates(diagnostic: Diagnostic, lineNumber: number, offset: number): Diagnostic {
  const range = diagnostic.range && {
    start: { line: lineNumber, column: diagnostic.range.start.column, offset: offset + diagnostic.range.start.offset },
    end: { line: lineNumber, column: diagnostic.range.end.column, offset: offset + diagnostic.range.end.offset },
  };
  return { ...diagnostic, line: lineNumber, ...(range ? { range } : {}) };
}

/** Lints a whole JSONL text (CRLF or LF line endings). */
export function lintJsonLines(text: string, options: LintOptions): Diagnostic[] {
  const linter = createJsonlLinter(options);
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    diagnostics.push(...linter.line(line, index + 1, offset));
    offset += rawLine.length + 1;
  });
  diagnostics.push(...linter.finish());
  return diagnostics;
}
