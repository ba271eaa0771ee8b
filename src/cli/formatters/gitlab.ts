import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { FileResult } from '../lint-file.js';

/** GitLab's five levels; errors rank above warnings in the merge request widget, as eslint-formatter-gitlab maps them. */
const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/** One issue of a GitLab Code Quality report (a subset of the Code Climate spec's issue). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: (typeof SEVERITY)[keyof typeof SEVERITY];
  location: {
    path: string;
    lines: { begin: number; end?: number };
    positions?: { begin: { line: number; column: number }; end: { line: number; column: number } };
  };
}

/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues with
 * `description`, `check_name`, `fingerprint`, `severity` and `location.path` + `location.lines.begin`
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 *
 * GitLab shows one issue per fingerprint and compares fingerprints between the base and the merge
 * request to tell new problems from fixed ones, so a fingerprint must be unique in a report and stable
 * when lines move: it hashes the file, the rule, the JSON Pointer (and the JSONL line), not the column.
 */
export function formatGitlab(results: readonly FileResult[], cwd: string): string {
  const issues: CodeQualityIssue[] = [];
  const seen = new Map<string, number>();
  for (const result of results) {
    // GitLab matches paths relative to the repository root, where CI runs reqlint, with `/`.
    const path = (isAbsolute(result.filePath) ? relative(cwd, result.filePath) : result.filePath).split(sep).join('/');
    for (const d of result.diagnostics) {
      const begin = d.range?.start.line ?? d.line ?? 1;
      const key = [path, d.ruleId, d.path, d.line ?? ''].join('\0');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      issues.push({
        description: `${d.message} (${d.docsUrl})`,
        check_name: d.ruleId,
        fingerprint: createHash('md5').update(`${key}\0${occurrence}`).digest('hex'),
        severity: SEVERITY[d.severity],
        location: {
          path,
          lines: { begin, ...(d.range && d.range.end.line !== begin ? { end: d.range.end.line } : {}) },
          ...(d.range
            ? {
                positions: {
                  begin: { line: d.range.start.line, column: d.range.start.column },
                  end: { line: d.range.end.line, column: d.range.end.column },
                },
              }
            : {}),
        },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
