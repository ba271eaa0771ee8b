import { RequestLintError } from '../assert.js';
import type { Diagnostic } from '../types.js';

/**
 * The `RequestLintError` behind an error a client raised, or `undefined` when reqlint did not stop
 * that request. The guard's rejection reaches users wrapped in each SDK's own error: openai-node's
 * `BadRequestError` keeps the body's `error` object, the AI SDK's `APICallError` the body text, and
 * LangChain and retry wrappers keep the original as `cause` (or `lastError`).
 *
 *   try { await client.chat.completions.create(body) }
 *   catch (error) { const lintError = requestLintErrorOf(error); if (lintError) ... lintError.diagnostics }
 */
export function requestLintErrorOf(error: unknown, depth = 0): RequestLintError | undefined {
  if (error instanceof RequestLintError) return error;
  if (error === null || typeof error !== 'object' || depth > 6) return undefined;
  const record = error as Record<string, unknown>;
  const fromBody = diagnosticsIn(record['error']) ?? diagnosticsIn(record) ?? diagnosticsInText(record['responseBody']);
  if (fromBody) return new RequestLintError(fromBody);
  for (const key of ['cause', 'error', 'lastError', 'originalError']) {
    const found = requestLintErrorOf(record[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

function diagnosticsIn(value: unknown): Diagnostic[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const reqlint = (value as { reqlint?: { diagnostics?: unknown } }).reqlint;
  return Array.isArray(reqlint?.diagnostics) ? (reqlint.diagnostics as Diagnostic[]) : undefined;
}

function diagnosticsInText(text: unknown): Diagnostic[] | undefined {
  if (typeof text !== 'string' || !text.includes('"reqlint"')) return undefined;
  try {
    return diagnosticsIn((JSON.parse(text) as { error?: unknown }).error);
  } catch {
    return undefined;
  }
}
