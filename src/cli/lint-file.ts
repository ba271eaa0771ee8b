import { readFile } from 'node:fs/promises';
import { lint, type LintOptions } from '../engine/lint.js';
import { createJsonlLinter, type JsonlLinter } from '../jsonl/index.js';
import type { Diagnostic } from '../types.js';
import { readLines } from './read-lines.js';
import { valueHash } from './value-hash.js';
import { parseJsonText } from '../engine/parse/parse.js';
import { yaml } from './lazy-deps.js';
import { lintYamlText } from './yaml.js';
import {
  DEFAULT_DIRECTIVE_SETTINGS,
  DIRECTIVE_MARK,
  isBlankOrCommentOnly,
  isCommentOnlyLine,
  isDirectiveText,
  jsoncComments,
  Suppressions,
  yamlComments,
  type DirectiveSettings,
} from '../directives/index.js';
import { findJsoncSyntax } from '../engine/parse/jsonc-syntax.js';
import { LineIndex } from '../engine/parse/positions.js';
import { textTooDeepAt } from '../engine/parse/depth.js';
import { toDiagnostics, type Problem } from '../engine/report/problems.js';
import { sessionFor } from '../engine/session.js';
import { pushAll } from '../push-all.js';
import { holdsRequest, holdsRequestLine } from '../dialects/index.js';
import { toFileCoordinates } from '../jsonl/index.js';
import { decodeFile, invalidUtf8Message, InvalidUtf8ByLine, type InvalidUtf8 } from './utf8.js';
import { jsonlLines, type JsonlLine } from '../jsonl/lines.js';
import { firstRequestLine } from '../jsonl/request-lines.js';

/** The engine's options plus what the file holding a request adds: how its `reqlint-disable` comments apply. */
export type FileLintOptions = LintOptions & { directives?: DirectiveSettings };

export type FileKind = 'json' | 'jsonl' | 'yaml';

/** JSONL is one request per line; YAML one per document; anything else is one JSON/JSONC request. */
export function kindOf(filePath: string): FileKind {
  if (filePath.endsWith('.jsonl')) return 'jsonl';
  if (filePath.endsWith('.yaml') || filePath.endsWith('.yml')) return 'yaml';
  return 'json';
}

export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  /** The whole text (JSON, YAML), kept for code frames and SARIF fixes when the format needs it. */
  source?: string;
  /** For streamed JSONL files: only the lines that have diagnostics (1-based line → text). */
  lines?: Record<number, string>;
  /** Parallel to `diagnostics`, when baseline keys were asked for. */
  valueHashes?: string[];
  /** `--fix-dry-run` / `--fix`: the fixed text, when anything changed. */
  output?: string;
  /** Set instead of findings when the file could not be read (a worker's file error). */
  failure?: { message: string; code?: string; path?: string };
  /** Lines with findings beyond the kept ones (streamed JSONL): they get no code frame or SARIF fix. */
  linesNotKept?: number;
  /**
   * `false` when the file parses but holds no request (`holdsRequest`): package.json, a compose file,
   * fine-tuning data. A directory walk skips such files; a file named on the command line is reported.
   */
  holdsRequests?: false;
}

export interface LintFileOptions {
  /** Keep the text needed to show code frames (stylish) or express fixes (SARIF). */
  keepSource: boolean;
  /** Compute baseline value hashes. */
  hashValues: boolean;
}

/** A streamed JSONL file keeps at most this many source lines, so memory stays bounded. */
export const MAX_KEPT_LINES = 1000;

/** Lints one file. JSONL is streamed line by line, so a file of any size runs in bounded memory. */
export async function lintFile(
  absolutePath: string,
  displayPath: string,
  options: FileLintOptions,
  how: LintFileOptions,
): Promise<FileResult> {
  if (kindOf(absolutePath) === 'jsonl') return lintJsonlStream(absolutePath, displayPath, options, how);
  const { text, invalid } = decodeFile(await readFile(absolutePath));
  return lintSource(text, displayPath, options, how, invalid);
}

/**
 * Lints text already in memory (a file read for fixing, or standard input), by `displayPath`'s kind.
 * `invalidUtf8`: where the file's bytes were not UTF-8 (`decodeFile`), offsets in `text`.
 */
export function lintSource(
  text: string,
  displayPath: string,
  options: FileLintOptions,
  how: LintFileOptions,
  invalidUtf8: readonly InvalidUtf8[] = [],
): FileResult {
  const kind = kindOf(displayPath);
  const result: FileResult = { filePath: displayPath, diagnostics: [] };
  const suppressions = suppressionsFor(displayPath, options);
  const mayHaveDirectives = text.includes(DIRECTIVE_MARK);
  let requestKnown = false;
  if (kind === 'jsonl') {
    const linter = createJsonlLinter(options);
    const badBytes = new InvalidUtf8ByLine(invalidUtf8);
    const hashes: string[] = [];
    for (const line of jsonlLines(text)) {
      const invalidUtf8 = badBytes.firstIn(line.offset, line.text.length);
      const found = lintJsonlLine({ linter, suppressions, line, mayHaveDirectives, invalidUtf8, options });
      pushAll(result.diagnostics, found);
      if (how.hashValues) pushAll(hashes, hashLine(line.text, found));
    }
    pushAll(pushAll(result.diagnostics, suppressions.filter(linter.finish())), suppressions.finish());
    if (how.hashValues) result.valueHashes = [...hashes, ...result.diagnostics.slice(hashes.length).map(() => valueHash(undefined, ''))];
  } else {
    if (mayHaveDirectives) suppressions.addComments(kind === 'yaml' ? yamlComments(text) : jsoncComments(text));
    const linted = kind === 'yaml' ? undefined : lint(text, options);
    const yamlLinted = kind === 'yaml' ? lintYamlText(text, options) : undefined;
    // A request with its model is known to be one from the lint itself, and YAML says from the
    // documents it parsed, without parsing the text again.
    requestKnown = linted?.model !== undefined || yamlLinted?.holdsRequests === true;
    result.diagnostics = suppressions.filter([
      ...invalidUtf8Findings(text, invalidUtf8.slice(0, 1), options),
      ...(yamlLinted !== undefined ? yamlLinted.diagnostics : [...jsonSyntaxFindings(text, displayPath, options), ...linted!.diagnostics]),
    ]);
    if (how.hashValues) result.valueHashes = kind === 'yaml' ? hashYaml(text, result.diagnostics) : hashJson(text, result.diagnostics);
    const directiveFindings = suppressions.finish();
    pushAll(result.diagnostics, directiveFindings);
    if (how.hashValues)
      pushAll(
        result.valueHashes!,
        directiveFindings.map(() => valueHash(undefined, '')),
      );
  }
  if (!requestKnown && !namesApi(options) && (kind === 'yaml' || !holdsRequests(text, kind))) result.holdsRequests = false;
  if (how.keepSource) result.source = text;
  return result;
}

/** A config that names the API for a file says it holds requests, as the language server takes it too. */
function namesApi(options: FileLintOptions): boolean {
  return options.api !== undefined && options.api !== 'auto';
}

/**
 * Whether JSON text that parses holds a request (its first line, for JSON Lines). Text that does not
 * parse, or nests too deep to parse safely, is reported as it is, so it counts. YAML is told by
 * `lintYamlText`, from the documents it parsed.
 */
function holdsRequests(text: string, kind: Exclude<FileKind, 'yaml'>): boolean {
  if (kind === 'jsonl') {
    const first = firstRequestLine(jsonlLines(text));
    return first === undefined || lineHoldsRequests(first.text);
  }
  if (textTooDeepAt(text) !== -1) return true;
  const parsed = parseJsonText(text);
  return parsed.syntaxError !== undefined || holdsRequest(parsed.value);
}

/** Whether one JSON Lines line holds a request (`holdsRequestLine`); a line that does not parse counts. */
export function lineHoldsRequests(line: string): boolean {
  if (textTooDeepAt(line) !== -1) return true;
  const parsed = parseJsonText(line);
  return parsed.syntaxError !== undefined || holdsRequestLine(parsed.value);
}

/**
 * Comments and trailing commas in a plain `.json` file (`.jsonc` keeps them, as its name says): the
 * file is what gets sent or loaded by tools that read strict JSON. A warning, not an error, because a
 * fixture may only be read by reqlint. A `reqlint-disable` comment is left to the directives, which
 * report it as not applied in `.json`.
 */
function jsonSyntaxFindings(text: string, displayPath: string, options: FileLintOptions): Diagnostic[] {
  if (!/\.json$/i.test(displayPath)) return [];
  const syntax = findJsoncSyntax(text).filter((item) => item.kind !== 'comment' || !isDirectiveText(item.body ?? ''));
  if (syntax.length === 0) return [];
  const lines = new LineIndex(text);
  const problems: Problem[] = syntax.map((item) => ({
    ruleId: 'parse/json-comments',
    message:
      item.kind === 'comment'
        ? 'A comment in a `.json` file: JSON has no comments, so the API and strict JSON readers reject this file; remove it, or rename the file `.jsonc`.'
        : 'A trailing comma before `}` or `]`: JSON does not allow it, so the API and strict JSON readers reject this file; remove it, or rename the file `.jsonc`.',
    path: '',
    target: 'value',
    range: lines.range(item.offset, item.length),
  }));
  return toDiagnostics(problems, sessionFor(options).states, text, undefined);
}

/**
 * `parse/invalid-utf8` at bytes that are not UTF-8 (offsets in `text`): the API rejects such a body,
 * and the decoded text holds U+FFFD there, so nothing else would tell. A whole file gets one finding,
 * at the first; a JSONL line (each is sent on its own) one at its first.
 */
function invalidUtf8Findings(text: string, invalid: readonly InvalidUtf8[], options: FileLintOptions): Diagnostic[] {
  if (invalid.length === 0) return [];
  const lines = new LineIndex(text);
  const problems: Problem[] = invalid.map((bad) => ({
    ruleId: 'parse/invalid-utf8',
    message: invalidUtf8Message(bad.byte),
    path: '',
    target: 'value',
    range: lines.range(bad.at, 1),
  }));
  return toDiagnostics(problems, sessionFor(options).states, text, undefined);
}

/**
 * The suppressions of one file. JSONC, JSONL and YAML have comments; plain `.json` does not, so a
 * directive there is reported as having no effect (the config's overrides and baselines are the way).
 */
export function suppressionsFor(displayPath: string, options: FileLintOptions): Suppressions {
  return new Suppressions(options.directives ?? DEFAULT_DIRECTIVE_SETTINGS, !/\.json$/i.test(displayPath));
}

/** What `lintJsonlLine` needs to lint one line of a JSONL file, lines fed in file order. */
interface JsonlLineInFile {
  linter: JsonlLinter;
  suppressions: Suppressions;
  line: JsonlLine;
  /** Whether the file mentions `reqlint-` at all: when not, no line's comments are scanned. */
  mayHaveDirectives: boolean;
  /** The line's first bytes that are not UTF-8 (`at` in `line.text`). */
  invalidUtf8: InvalidUtf8 | undefined;
  options: FileLintOptions;
}

/** One JSONL line: its comments feed the suppressions, a comment-only line is a directive line and not a request. */
function lintJsonlLine({ linter, suppressions, line, mayHaveDirectives, invalidUtf8, options }: JsonlLineInFile): Diagnostic[] {
  return suppressJsonlLine(suppressions, line, mayHaveDirectives, () => {
    const found = linter.line(line.text, line.lineNumber, line.offset);
    if (invalidUtf8 === undefined) return found;
    return [
      ...invalidUtf8Findings(line.text, [invalidUtf8], options).map((d) => toFileCoordinates(d, line.lineNumber, line.offset)),
      ...found,
    ];
  });
}

/**
 * The `reqlint-disable` step of one JSONL line, lines fed in file order: the line's comments join the
 * suppressions, a line holding only directives is no request (only a Batch file's checks report it), and what
 * `findings` yields for the line (file coordinates) is filtered. Shared with the language server,
 * which keeps each line's lint result between edits and so brings its own `findings`.
 */
export function suppressJsonlLine(
  suppressions: Suppressions,
  { text, lineNumber, offset }: JsonlLine,
  mayHaveDirectives: boolean,
  findings: () => Diagnostic[],
): Diagnostic[] {
  if (
    mayHaveDirectives &&
    text.includes(DIRECTIVE_MARK) &&
    suppressions.addComments(jsoncComments(text, lineNumber, offset)) &&
    isCommentOnlyLine(text)
  )
    // No request, so nothing to filter; the linter still sees it, for a Batch file holds none (it is uploaded as it is).
    return findings();
  return suppressions.filter(findings());
}

async function lintJsonlStream(
  absolutePath: string,
  displayPath: string,
  options: FileLintOptions,
  how: LintFileOptions,
): Promise<FileResult> {
  const linter = createJsonlLinter(options);
  const suppressions = suppressionsFor(displayPath, options);
  const result: FileResult = { filePath: displayPath, diagnostics: [] };
  const hashes: string[] = [];
  const lines: Record<number, string> = {};
  let kept = 0;
  let firstRequest = true;
  for await (const line of readLines(absolutePath)) {
    if (firstRequest && !isBlankOrCommentOnly(line.text)) {
      firstRequest = false;
      if (!namesApi(options) && !lineHoldsRequests(line.text)) result.holdsRequests = false;
    }
    const found = lintJsonlLine({ linter, suppressions, line, mayHaveDirectives: true, invalidUtf8: line.invalidUtf8, options });
    // A directive line may get a finding at the end (unused, unknown rule): keep its text for the code frame.
    if (found.length === 0 && how.keepSource && kept < MAX_KEPT_LINES && line.text.includes(DIRECTIVE_MARK)) {
      lines[line.lineNumber] = line.text;
      kept++;
    }
    if (found.length === 0) continue;
    pushAll(result.diagnostics, found);
    if (how.hashValues) pushAll(hashes, hashLine(line.text, found));
    if (how.keepSource && kept < MAX_KEPT_LINES) {
      lines[line.lineNumber] = line.text;
      kept++;
    } else if (how.keepSource) {
      result.linesNotKept = (result.linesNotKept ?? 0) + 1;
    }
  }
  const whole = [...suppressions.filter(linter.finish()), ...suppressions.finish()];
  pushAll(result.diagnostics, whole);
  if (how.hashValues) result.valueHashes = [...hashes, ...whole.map(() => valueHash(undefined, ''))];
  if (how.keepSource) result.lines = lines;
  return result;
}

function hashJson(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const document = parseJsonText(text).value;
  return diagnostics.map((d) => valueHash(document, d.path));
}

function hashLine(line: string, found: readonly Diagnostic[]): string[] {
  if (found.length === 0) return [];
  const document = parseJsonText(line).value;
  return found.map((d) => valueHash(document, d.path));
}

function hashYaml(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const raw = yaml().parseAllDocuments(text);
  const documents = (Array.isArray(raw) ? raw : []).filter((d) => d.contents !== null);
  return diagnostics.map((d) => {
    // In a multi-document stream `line` is the document's first line; otherwise there is one document.
    const document =
      d.line === undefined
        ? documents[0]
        : documents.find((doc) => doc.contents !== null && lineOf(text, doc.contents.range?.[0] ?? 0) === d.line);
    let value: unknown;
    try {
      value = document?.errors.length === 0 ? document.toJS({ maxAliasCount: 100 }) : undefined;
    } catch {
      value = undefined;
    }
    return valueHash(value, d.path);
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
