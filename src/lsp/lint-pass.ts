import { lintSource, stripBom, suppressionsFor, suppressJsonlLine, type FileLintOptions } from '../cli/lint-file.js';
import type { Suppressions } from '../directives/index.js';
import type { LintOptions } from '../engine/lint.js';
import { createJsonlCrossLineChecks, createJsonlLineLinter, toFileCoordinates, type JsonlLineResult } from '../jsonl/index.js';
import { docsUrlFor } from '../docs-url.js';
import type { Diagnostic } from '../types.js';
import type { CrossLineFindings, Finding, OpenDocument } from './open-document.js';
import { pushAll } from '../push-all.js';
import { jsonlLinesOf, jsonlLineText } from '../jsonl/lines.js';

/** How long a lint pass may hold the event loop before it yields to incoming messages. */
export const SLICE_MS = 15;

/** Thrown out of a pass that a newer edit made pointless. */
export class Superseded extends Error {}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The findings of a document, by the CLI's own per-file functions: `lintSource` for JSON and YAML
 * (the function `reqlint <file>` runs), and for JSONL the same line linter and cross-line checks that
 * `lintSource` composes, kept per line so that only changed lines are linted again. A JSONL pass
 * yields every `SLICE_MS` and stops when the document changes meanwhile (`Superseded`).
 */
export async function computeFindings(doc: OpenDocument, options: FileLintOptions): Promise<Finding[]> {
  if (doc.kind !== 'jsonl') {
    const diagnostics = guarded(() => {
      const result = lintSource(stripBom(doc.text), doc.lintPath, options, { keepSource: false, hashValues: false });
      doc.holdsRequests = result.holdsRequests !== false;
      return result.diagnostics;
    });
    return diagnostics.map((diagnostic) => ({ diagnostic, lineDelta: 0 }));
  }
  const generation = doc.generation;
  const lintLine = lineLinterFor(options);
  if (doc.lineLinterKey !== lintLine) {
    doc.lineResults = new Array<JsonlLineResult | undefined>(doc.lines.length).fill(undefined);
    doc.lineLinterKey = lintLine;
    doc.crossLine = undefined;
    doc.replaced.clear();
  }
  let sliceStart = performance.now();
  for (let index = 0; index < doc.lines.length; index++) {
    if (doc.lineResults[index] !== undefined) continue;
    const text = jsonlLineText(doc.lines[index]!, index + 1);
    const result = compact(guardedLine(() => lintLine(text)));
    doc.lineResults[index] = result;
    const before = doc.replaced.get(index);
    if (before === undefined || !sameCrossLineFacts(before, result)) doc.crossLine = undefined;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      if (doc.generation !== generation) throw new Superseded();
      sliceStart = performance.now();
    }
  }
  doc.replaced.clear();
  doc.crossLine ??= replayCrossLine(doc, options);
  return withDirectives(doc, options, doc.crossLine);
}

/**
 * The kept results in file order, through the CLI's own `reqlint-disable` step (`suppressJsonlLine`,
 * then the file's unused and unknown directives), so the editor hides and reports what
 * `reqlint file.jsonl` does. A line's own findings stay in its coordinates (`lineDelta`); the
 * suppressions compare file positions, so each is looked at through a copy moved to its place.
 */
function withDirectives(doc: OpenDocument, options: FileLintOptions, { byLine, atEnd }: CrossLineFindings): Finding[] {
  const suppressions = suppressionsFor(doc.lintPath, options);
  const mayHaveDirectives = doc.markedLines > 0;
  const findings: Finding[] = [];
  if (!mayHaveDirectives) {
    // No directive anywhere (the common case, and the 100,000-line one): nothing to filter or map.
    doc.lineResults.forEach((result, index) => {
      if (result !== undefined)
        for (const diagnostic of result.diagnostics)
          findings.push({ diagnostic: { ...diagnostic, line: index + 1 }, lineDelta: index, jsonlLine: index });
      const crossLine = byLine.get(index);
      if (crossLine !== undefined) pushAll(findings, unsuppressed(suppressions, crossLine));
    });
  } else {
    for (const line of jsonlLinesOf(doc.lines)) {
      const index = line.lineNumber - 1;
      const result = doc.lineResults[index];
      if (result !== undefined) {
        const ownCoordinates = new Map<Diagnostic, Diagnostic>();
        const kept = suppressJsonlLine(suppressions, line, mayHaveDirectives, () =>
          result.diagnostics.map((diagnostic) => {
            const inFile = toFileCoordinates(diagnostic, line.lineNumber, line.offset);
            ownCoordinates.set(inFile, diagnostic);
            return inFile;
          }),
        );
        for (const inFile of kept)
          findings.push({ diagnostic: { ...ownCoordinates.get(inFile)!, line: line.lineNumber }, lineDelta: index, jsonlLine: index });
      }
      // After the line's own comments were read: a `reqlint-disable-line` on it applies to these too.
      const crossLine = byLine.get(index);
      if (crossLine !== undefined) pushAll(findings, unsuppressed(suppressions, crossLine));
    }
  }
  // The findings that need every line (duplicate ids) come last, as the CLI lists them, then the directives' own.
  pushAll(findings, unsuppressed(suppressions, atEnd));
  for (const diagnostic of suppressions.finish()) findings.push({ diagnostic, lineDelta: 0 });
  return findings;
}

function unsuppressed(suppressions: Suppressions, findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !suppressions.suppresses(finding.diagnostic));
}

/** The cross-line checks run over every line's kept result, in file order (no parsing). */
function replayCrossLine(doc: OpenDocument, options: LintOptions): CrossLineFindings {
  const crossLine = createJsonlCrossLineChecks(options);
  const byLine = new Map<number, Finding[]>();
  for (const line of jsonlLinesOf(doc.lines)) {
    const result = doc.lineResults[line.lineNumber - 1];
    const found = result === undefined ? [] : crossLine.line(result, line.lineNumber, line.offset);
    if (found.length > 0)
      byLine.set(
        line.lineNumber - 1,
        found.map((diagnostic) => ({ diagnostic, lineDelta: 0 })),
      );
  }
  return { byLine, atEnd: crossLine.finish().map((diagnostic) => ({ diagnostic, lineDelta: 0 })) };
}

const NO_DIAGNOSTICS: Diagnostic[] = [];

/** Clean lines share one empty list: a 100,000-line file keeps 100,000 fewer objects alive for the GC to walk. */
function compact(result: JsonlLineResult): JsonlLineResult {
  return result.diagnostics.length === 0 ? { ...result, diagnostics: NO_DIAGNOSTICS } : result;
}

/** Whether two results of one line feed the cross-line checks the same (id, url and their ranges). */
function sameCrossLineFacts(a: JsonlLineResult, b: JsonlLineResult): boolean {
  return JSON.stringify([a.customId, a.url]) === JSON.stringify([b.customId, b.url]);
}

const lineLinters = new WeakMap<LintOptions, (text: string) => JsonlLineResult>();

/** One line linter per options object (the config cache hands out one object per distinct config). */
function lineLinterFor(options: LintOptions): (text: string) => JsonlLineResult {
  let linter = lineLinters.get(options);
  if (linter === undefined) {
    linter = createJsonlLineLinter(options);
    lineLinters.set(options, linter);
  }
  return linter;
}

/**
 * The engine turns a failing rule into an `internal/rule-error` finding itself; this is the last
 * line of defence for anything else, so one bad document never takes the server down.
 */
function guarded(run: () => Diagnostic[]): Diagnostic[] {
  try {
    return run();
  } catch (error) {
    return [internalError(error)];
  }
}

function guardedLine(run: () => JsonlLineResult): JsonlLineResult {
  try {
    return run();
  } catch (error) {
    return { diagnostics: [internalError(error)] };
  }
}

function internalError(error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal/rule-error',
    severity: 'error',
    message: `reqlint failed on this document (${detail}); this is a bug in reqlint, please report it.`,
    path: '',
    target: 'value',
    docsUrl: docsUrlFor('internal/rule-error'),
  };
}
