import { readFile } from 'node:fs/promises';
import { lint, type LintOptions } from '../engine/lint.js';
import type { Diagnostic } from '../types.js';

export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  /** The file's text, kept for code frames in human output. */
  source?: string;
}

/** Lints one file: a single request (JSON/JSONC) or one request per line (JSONL). */
export async function lintFile(filePath: string, options: LintOptions): Promise<FileResult> {
  const text = await readFile(filePath, 'utf8');
  const diagnostics = filePath.endsWith('.jsonl') ? lintJsonLines(text, options) : lint(stripBom(text), options).diagnostics;
  return { filePath, diagnostics, source: stripBom(text) };
}

/**
 * JSONL: each non-blank line is one request. Diagnostics carry the file line in `line` and ranges in
 * file coordinates, so editors and CI annotations land on the right line.
 */
export function lintJsonLines(text: string, options: LintOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  const lines = stripBom(text).split('\n');
  lines.forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineNumber = index + 1;
    if (line.trim() !== '') {
      for (const diagnostic of lint(line, options).diagnostics) {
        const range = diagnostic.range && {
          start: { line: lineNumber, column: diagnostic.range.start.column, offset: offset + diagnostic.range.start.offset },
          end: { line: lineNumber, column: diagnostic.range.end.column, offset: offset + diagnostic.range.end.offset },
        };
        diagnostics.push({ ...diagnostic, line: lineNumber, ...(range ? { range } : {}) });
      }
    }
    offset += rawLine.length + 1;
  });
  return diagnostics;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
