import { lint, type LintOptions } from '../engine/lint.js';
import type { Diagnostic } from '../types.js';
import { shiftRange } from './ranges.js';
import { BatchChecker } from './batch.js';

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

export function createJsonlLinter(options: LintOptions): JsonlLinter {
  const batch = new BatchChecker(options);
  // Only what cross-line checks need is kept per line (an id and a range), so memory stays small.
  const customIds = new Map<string, Array<{ line: number; range: Diagnostic['range'] }>>();
  let firstUrl: { url: string; line: number } | undefined;
  return {
    line(text, lineNumber, offset) {
      if (text.trim() === '') return [];
      const batchLine = batch.lintLine(text);
      // Plain JSONL: one request body per line, as logged.
      if (batchLine === undefined) return lint(text, options).diagnostics.map((diagnostic) => toFileCoordinates(diagnostic, lineNumber, offset));
      const diagnostics = [...batchLine.diagnostics];
      if (batchLine.customId !== undefined) {
        const seen = customIds.get(batchLine.customId) ?? [];
        seen.push({ line: lineNumber, range: batchLine.customIdRange && shiftRange(batchLine.customIdRange, lineNumber, offset) });
        customIds.set(batchLine.customId, seen);
      }
      if (batchLine.url !== undefined) {
        if (firstUrl === undefined) firstUrl = { url: batchLine.url, line: lineNumber };
        else if (batchLine.url !== firstUrl.url) {
          const mixed = batch.crossLine('batch/mixed-urls', `\`url\` is "${batchLine.url}" but line ${firstUrl.line} uses "${firstUrl.url}"; a batch sends every request to one endpoint, so split the file by \`url\`.`, '/url', batchLine.urlRange);
          if (mixed) diagnostics.push(mixed);
        }
      }
      return diagnostics.map((diagnostic) => toFileCoordinates(diagnostic, lineNumber, offset));
    },
    finish() {
      const diagnostics: Diagnostic[] = [];
      for (const [id, occurrences] of customIds) {
        const [first, ...rest] = occurrences;
        for (const duplicate of rest) {
          const found = batch.crossLine('batch/duplicate-custom-id', `\`custom_id\` ${JSON.stringify(id)} is already used on line ${first!.line}; every line needs its own id, because the results are matched to requests by it.`, '/custom_id', duplicate.range);
          if (found) diagnostics.push({ ...found, line: duplicate.line });
        }
      }
      return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    },
  };
}

function toFileCoordinates(diagnostic: Diagnostic, lineNumber: number, offset: number): Diagnostic {
  return { ...diagnostic, line: lineNumber, ...(diagnostic.range ? { range: shiftRange(diagnostic.range, lineNumber, offset) } : {}) };
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
