import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Range as LspRange } from 'vscode-languageserver';
import { kindOf, type FileKind } from '../cli/lint-file.js';
import { DIRECTIVE_MARK } from '../directives/index.js';
import type { JsonlLineResult } from '../jsonl/index.js';
import type { Diagnostic } from '../types.js';
import { toLspRange } from './convert.js';

/** A finding with where it sits: JSONL findings stay in their line's own coordinates (line 1). */
export interface Finding {
  diagnostic: Diagnostic;
  /** Lines to add to the diagnostic's range (the JSONL line index for a line's own findings). */
  lineDelta: number;
  /** For a JSONL line's own findings: the 0-based line its fixes apply to. */
  jsonlLine?: number;
}

/** What the JSONL cross-line checks found: on a line as it is reached (by 0-based line), and at the end. */
export interface CrossLineFindings {
  byLine: Map<number, Finding[]>;
  atEnd: Finding[];
}

const LANGUAGE_EXTENSIONS: Readonly<Record<string, string>> = { jsonl: '.jsonl', yaml: '.yaml', json: '.json', jsonc: '.jsonc' };

/**
 * An open document and what the server keeps of it between edits. For JSONL, `lines` mirrors the
 * text line by line and `lineResults` holds each line's own lint result (`undefined`: not linted
 * since it changed), so an edit of one line costs one line's lint plus the cheap cross-line replay.
 * `lines` are the raw pieces between `\n` (a `\r` and a BOM kept), so that an edit's positions splice
 * them; they are read as lines only through `jsonlLinesOf`/`jsonlLineText`, as every front end reads them.
 */
export class OpenDocument {
  document: TextDocument;
  readonly filePath: string | undefined;
  /** The name `lintSource` sees: its extension picks the parser, as on the command line. */
  readonly lintPath: string;
  readonly kind: FileKind;
  lines: string[] = [];
  lineResults: Array<JsonlLineResult | undefined> = [];
  /**
   * The cross-line findings (duplicate `custom_id`s, mixed `url`s) of the last pass; `undefined`
   * when an edit may have changed them. Typing inside a request changes neither a line's id nor its
   * url, so most edits reuse them instead of replaying every line.
   */
  crossLine: CrossLineFindings | undefined;
  /** Results of lines edited in place (no lines added or removed), to tell whether their id or url changed. */
  replaced = new Map<number, JsonlLineResult>();
  /**
   * How many of `lines` mention `reqlint-` (may hold a directive), kept up to date by each edit, so
   * a pass over a big file without directives skips the suppression step without scanning its text.
   */
  markedLines = 0;
  /** The function that made `lineResults` (they are reset when the config's options change). */
  lineLinterKey: object | undefined;
  findings: Finding[] = [];
  /** The document version `findings` were computed for. */
  findingsVersion = -1;
  /** Once a document was seen to be a request, a half-typed state of it still gets its syntax errors. */
  wasRequest = false;
  /** For JSON and YAML: whether the last lint found a request in the text (`FileResult.holdsRequests`). */
  holdsRequests = true;
  /** Bumped on every change: a lint pass that sees another value stops (a newer pass replaces it). */
  generation = 0;
  timer: NodeJS.Timeout | undefined;

  constructor(uri: string, languageId: string, version: number, text: string) {
    // A client that sends no text (`null`, against the protocol) opens an empty document rather than one every reader trips on.
    if (typeof text !== 'string') text = '';
    this.document = TextDocument.create(uri, languageId, version, text);
    this.filePath = uri.startsWith('file:') ? safeFilePath(uri) : undefined;
    const named = this.filePath ?? uri;
    // A file whose extension says nothing (untitled buffers, `.json5`...) is parsed as its language says.
    const known = ['.json', '.jsonc', '.jsonl', '.yaml', '.yml'].includes(extname(named));
    this.lintPath = known ? named : `${named}${LANGUAGE_EXTENSIONS[languageId] ?? '.json'}`;
    this.kind = kindOf(this.lintPath);
    if (this.kind === 'jsonl') {
      this.lines = text.split('\n');
      this.lineResults = new Array<JsonlLineResult | undefined>(this.lines.length).fill(undefined);
      this.markedLines = countMarked(this.lines);
    }
  }

  get text(): string {
    return this.document.getText();
  }

  /** 1 when the client's text starts with a byte order mark (some clients keep it), else 0. */
  get bomLength(): 0 | 1 {
    return this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The character a line's own text starts at in the client's text: after the byte order mark on line 1. */
  lineStart(line: number): number {
    return line === 0 ? this.bomLength : 0;
  }

  /** Where a finding is in the client's text: the one place reqlint's positions become the editor's. */
  rangeOf(finding: Finding): LspRange {
    return toLspRange(finding.diagnostic.range, finding.lineDelta, this.bomLength);
  }

  /** Applies an editor's changes; for JSONL marks exactly the touched lines for linting again. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    if (this.kind === 'jsonl') for (const change of changes) this.spliceLines(change);
    this.document = TextDocument.update(this.document, [...changes], version);
    this.generation++;
  }

  private spliceLines(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change)) {
      this.crossLine = undefined;
      this.lines = change.text.split('\n');
      this.lineResults = new Array<JsonlLineResult | undefined>(this.lines.length).fill(undefined);
      this.markedLines = countMarked(this.lines);
      return;
    }
    const { start, end } = change.range;
    // Positions past the end are clamped, as TextDocument.update clamps them.
    const last = this.lines.length - 1;
    const startLine = Math.min(start.line, last);
    const endLine = Math.min(end.line, last);
    const before = this.lines[startLine]!.slice(0, startLine === start.line ? start.character : undefined);
    const after = endLine === end.line ? this.lines[endLine]!.slice(end.character) : '';
    const replaced = (before + change.text + after).split('\n');
    if (replaced.length === endLine - startLine + 1) {
      for (let index = startLine; index <= endLine; index++) {
        const old = this.lineResults[index];
        if (old !== undefined && !this.replaced.has(index)) this.replaced.set(index, old);
        else if (old === undefined && !this.replaced.has(index)) this.crossLine = undefined;
      }
    } else {
      // Lines moved: every later line number in the cross-line messages changes.
      this.crossLine = undefined;
      this.replaced.clear();
    }
    this.markedLines += countMarked(replaced) - countMarked(this.lines.slice(startLine, endLine + 1));
    this.lines = spliced(this.lines, startLine, endLine + 1, replaced);
    this.lineResults = spliced(
      this.lineResults,
      startLine,
      endLine + 1,
      new Array<JsonlLineResult | undefined>(replaced.length).fill(undefined),
    );
  }
}

function countMarked(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) if (line.includes(DIRECTIVE_MARK)) count++;
  return count;
}

/** `splice` for any size: a pasted file of 100,000 lines is too many arguments for one call. */
function spliced<T>(list: T[], from: number, to: number, inserted: T[]): T[] {
  if (inserted.length < 10_000) {
    list.splice(from, to - from, ...inserted);
    return list;
  }
  return list.slice(0, from).concat(inserted, list.slice(to));
}

function safeFilePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
