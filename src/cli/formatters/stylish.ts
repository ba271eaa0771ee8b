import { kindOf, type FileResult } from '../lint-file.js';
import type { Palette } from './colors.js';
import { codeFrame } from './code-frame.js';
import { displayWidthFor } from './display-width.js';
import { pointerToDisplayPath } from '../../json-pointer.js';
import { pushAll, maxOf } from '../../push-all.js';
import { visible } from './terminal-text.js';

/**
 * ESLint's "stylish" layout: one block per file, `line:column  severity  message  rule-id`, each
 * followed by a code frame of the offending lines when the source is at hand, then a summary.
 */
export async function formatStylish(results: readonly FileResult[], colors: Palette, fixHint = true): Promise<string> {
  const lineTexts = results.map(lineTextOf);
  const width = await displayWidthFor(framedLines(results, lineTexts));
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const [index, result] of results.entries()) {
    if (result.diagnostics.length === 0) continue;
    out.push(colors.underline(visible(result.filePath)));
    const lineText = lineTexts[index]!;
    const fixable = kindOf(result.filePath) !== 'yaml';
    // Whole-file findings (e.g. a duplicate batch `custom_id`) arrive after the per-line ones; a
    // reader scans a file top to bottom, so show them in position order.
    const ordered = [...result.diagnostics].sort((a, b) => (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1));
    const rows = ordered.map((d) => {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      if (d.fix && fixable) {
        if (d.severity === 'error') fixableErrors++;
        else if (d.severity === 'warning') fixableWarnings++;
      }
      const where = d.range
        ? `${d.range.start.line}:${d.range.start.column}`
        : d.line !== undefined
          ? `${d.line}`
          : d.path === ''
            ? '-'
            : pointerToDisplayPath(d.path);
      const severity =
        d.severity === 'error' ? colors.red('error') : d.severity === 'warning' ? colors.yellow('warning') : colors.blue('info');
      return {
        where: visible(where),
        severity,
        plainSeverity: d.severity,
        message: visible(d.message),
        ruleId: d.ruleId,
        frame: d.range ? codeFrame(lineText, d.range, colors, width) : [],
      };
    });
    const whereWidth = maxOf(
      rows.map((r) => r.where.length),
      0,
    );
    const severityWidth = maxOf(
      rows.map((r) => r.plainSeverity.length),
      0,
    );
    for (const row of rows) {
      const pad = ' '.repeat(severityWidth - row.plainSeverity.length);
      out.push(`  ${colors.dim(row.where.padEnd(whereWidth))}  ${row.severity}${pad}  ${row.message}  ${colors.dim(row.ruleId)}`);
      pushAll(out, row.frame);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `${errors > 0 ? '✖' : '⚠'} ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos > 0 ? `, ${infos} info` : ''})`;
  out.push(errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  if (fixHint && fixableErrors + fixableWarnings > 0) {
    out.push(
      colors.dim(
        `  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`,
      ),
    );
  }
  return out.join('\n') + '\n';
}

/** A file's line by number (1-based), from its text or, for a large JSONL file, the lines kept. */
function lineTextOf(result: FileResult): (line: number) => string | undefined {
  if (result.source === undefined) return (line) => result.lines?.[line];
  let sourceLines: string[] | undefined;
  return (line) => (sourceLines ??= result.source!.split('\n'))[line - 1]?.replace(/\r$/, '');
}

/** The lines that code frames will show: their text decides how columns are counted. */
function* framedLines(results: readonly FileResult[], lineTexts: ReadonlyArray<(line: number) => string | undefined>): Generator<string> {
  for (const [index, result] of results.entries()) {
    for (const d of result.diagnostics) {
      const text = d.range === undefined ? undefined : lineTexts[index]!(d.range.start.line);
      if (text !== undefined) yield text;
    }
  }
}
