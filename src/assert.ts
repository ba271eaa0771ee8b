import { lint, type LintOptions } from './engine/lint.js';
import { pointerToDisplayPath } from './json-pointer.js';
import type { Diagnostic } from './types.js';

/** Thrown by `assertValidRequest` when a request has errors; carries every diagnostic. */
export class RequestLintError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map(
      (d) =>
        `  ${d.line !== undefined ? `line ${d.line} ` : ''}${d.path === '' ? '(request)' : pointerToDisplayPath(d.path)}: ${d.message} [${d.ruleId}]`,
    );
    super(`The request would be rejected (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'RequestLintError';
  }
}

/**
 * Pre-flight guard: throws `RequestLintError` when the request has any error-severity finding, and
 * returns the remaining (warning/info) diagnostics otherwise, so callers can log them.
 *
 *   assertValidRequest(body, { api: 'chat.completions' });
 *   await client.chat.completions.create(body);
 */
export function assertValidRequest(request: unknown, options?: LintOptions): Diagnostic[] {
  const { diagnostics } = lint(request, options);
  if (diagnostics.some((d) => d.severity === 'error')) throw new RequestLintError(diagnostics);
  return diagnostics;
}
