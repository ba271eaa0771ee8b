import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { describeFix } from '../describe-fix.js';
import { fixText } from '../cli/fix.js';
import { stripBom } from '../cli/lint-file.js';
import { isSuppressibleInline } from '../directives/index.js';
import { engineCheck } from '../engine/checks.js';
import type { LintOptions } from '../engine/lint.js';
import { applyPatchToText, oneLine } from '../engine/fix/text-fixes.js';
import type { JsonPatch } from '../types.js';
import { toLspDiagnostic } from './convert.js';
import type { Finding, OpenDocument } from './open-document.js';
import { minimalEdit } from './text-edit.js';
import { jsonlLineStart, jsonlLineText } from '../jsonl/lines.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reqlint`;

/**
 * The edit a JSON Patch makes, through the same token-preserving path as `--fix`
 * (`applyPatchToText`: comments, key order and indentation kept), reduced to the changed span.
 * A JSONL fix applies to its own line and stays on one line, as `--fix` keeps it. YAML is not
 * fixed by the CLI, so it gets no edits here either.
 */
export function patchEdit(doc: OpenDocument, finding: Finding, patch: JsonPatch): TextEdit | undefined {
  try {
    if (doc.kind === 'json') {
      const full = doc.text;
      const bom = full.length - stripBom(full).length;
      const text = stripBom(full);
      return minimalEdit(doc.document, text, applyPatchToText(text, patch), bom);
    }
    if (doc.kind === 'jsonl' && finding.jsonlLine !== undefined) {
      const raw = doc.lines[finding.jsonlLine];
      if (raw === undefined) return undefined;
      const lineNumber = finding.jsonlLine + 1;
      const line = jsonlLineText(raw, lineNumber);
      const base = doc.document.offsetAt({ line: finding.jsonlLine, character: 0 }) + jsonlLineStart(raw, lineNumber);
      return minimalEdit(doc.document, line, oneLine(applyPatchToText(line, patch)), base);
    }
  } catch {
    // A patch that no longer applies (the text moved on since the lint) offers no action.
  }
  return undefined;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Whether an action of `kind` was asked for (`only` is hierarchical: `source` asks for `source.fixAll.reqlint`). */
export function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.length === 0 || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

/** Quick fixes for the findings under `range`: the safe fix (preferred), then each suggestion. */
export function quickFixes(doc: OpenDocument, range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of doc.findings) {
    const { diagnostic } = finding;
    const lspRange = doc.rangeOf(finding);
    if (!overlaps(lspRange, range)) continue;
    const lspDiagnostic: LspDiagnostic = toLspDiagnostic(diagnostic, lspRange);
    const action = (title: string, patch: JsonPatch, isPreferred: boolean) => {
      const edit = patchEdit(doc, finding, patch);
      if (edit === undefined) return;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        isPreferred,
        edit: { changes: { [doc.document.uri]: [edit] } },
      });
    };
    if (diagnostic.fix !== undefined && diagnostic.fix.length > 0)
      action(`${describeFix(diagnostic.fix)} (${diagnostic.ruleId})`, diagnostic.fix, true);
    for (const suggestion of diagnostic.suggestions ?? []) action(suggestion.message, suggestion.fix, false);
    const suppress = suppressionEdit(doc, diagnostic.ruleId, lspRange.start.line);
    if (suppress !== undefined) {
      actions.push({
        title: `Disable ${diagnostic.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        isPreferred: false,
        edit: { changes: { [doc.document.uri]: [suppress] } },
      });
    }
  }
  return actions;
}

/**
 * A `reqlint-disable-next-line` comment above `line`, indented like it: where the file's format has
 * comments (JSONC, JSONL, YAML; plain `.json` has none, so a directive there would not apply) and the
 * check can be switched off at all (a syntax error cannot).
 */
function suppressionEdit(doc: OpenDocument, ruleId: string, line: number): TextEdit | undefined {
  const check = engineCheck(ruleId);
  if ((check !== undefined && !check.configurable) || !isSuppressibleInline(ruleId)) return undefined;
  const marker = doc.kind === 'yaml' ? '#' : doc.kind === 'jsonl' || doc.lintPath.endsWith('.jsonc') ? '//' : undefined;
  if (marker === undefined) return undefined;
  // Line 1 starts after a byte order mark the client keeps: the mark stays the file's first character.
  const start = { line, character: doc.lineStart(line) };
  const indent = /^[ \t]*/.exec(doc.document.getText({ start, end: { line: line + 1, character: 0 } }))?.[0] ?? '';
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start, end: start }, newText: `${indent}${marker} reqlint-disable-next-line ${ruleId}${eol}` };
}

/** Every safe fix in the document at once, exactly as `reqlint --fix` would write the file. */
export function fixAllAction(doc: OpenDocument, options: LintOptions): CodeAction | undefined {
  if (!doc.findings.some((f) => f.diagnostic.fix !== undefined && f.diagnostic.fix.length > 0)) return undefined;
  const outcome = fixText(doc.text, doc.lintPath, options, { keepSource: false, hashValues: false });
  const output = outcome.result.output;
  if (output === undefined) return undefined;
  const edit = minimalEdit(doc.document, doc.text, output);
  if (edit === undefined) return undefined;
  return {
    title: `Fix all auto-fixable reqlint problems (${outcome.fixed})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [doc.document.uri]: [edit] } },
  };
}
