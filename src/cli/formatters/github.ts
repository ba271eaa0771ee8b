import { isAbsolute, relative } from 'node:path';
import type { FileResult } from '../lint-file.js';

/**
 * GitHub Actions workflow commands, one per diagnostic, which the runner turns into annotations on
 * the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`.
 * Escaping follows the runner's rules (actions/toolkit `command.ts`).
 */
export function formatGithub(results: readonly FileResult[], cwd: string): string {
  let out = '';
  for (const result of results) {
    for (const d of result.diagnostics) {
      // Annotations attach to paths relative to the repository root, which is where CI runs reqlint.
      const properties: Array<[string, string | number]> = [
        ['file', isAbsolute(result.filePath) ? relative(cwd, result.filePath) : result.filePath],
      ];
      const line = d.range?.start.line ?? d.line;
      if (line !== undefined) properties.push(['line', line]);
      if (d.range) {
        properties.push(['col', d.range.start.column], ['endLine', d.range.end.line]);
        // GitHub only honours endColumn on single-line annotations.
        if (d.range.end.line === d.range.start.line) properties.push(['endColumn', d.range.end.column]);
      }
      properties.push(['title', d.ruleId]);
      const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      out += `::${command} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(`${d.message} (${d.docsUrl})`)}\n`;
    }
  }
  return out;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
