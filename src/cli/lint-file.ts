import { readFile } from 'node:fs/promises';
import { lint, type LintOptions } from '../engine/lint.js';
import { lintJsonLines } from '../jsonl/index.js';
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

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
