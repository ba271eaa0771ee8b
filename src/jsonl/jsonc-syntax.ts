import { isDirectiveText } from '../directives/parse.js';
import { findJsoncSyntax, onlyComments } from '../engine/parse/jsonc-syntax.js';
import { LineIndex } from '../engine/parse/positions.js';
import type { Problem } from '../engine/report/problems.js';
import type { Range } from '../types.js';

/**
 * Comments and trailing commas in a JSON Lines line. Each line of a JSONL or Batch file is sent as
 * it is, so JSONC syntax there is an error the API would answer with a 400 (or a failed batch line).
 * A line holding only `reqlint-disable…` directives (docs/configuration.md) is not a request, and is
 * not reported here: a plain JSON Lines file of request bodies is not sent as it is. Whether the file
 * is a Batch file, which is uploaded as it is, only the whole file tells (`directiveLine`, and the
 * cross-line checks). A directive on a request line is reported: that line is sent.
 */
export interface JsonlSyntaxCheck {
  problems: Problem[];
  /** The line holds only comments (nothing to lint as a request). */
  commentOnly: boolean;
  /** Where the directive of a line that holds only directives is (line coordinates). */
  directiveLine?: Range;
}

const MESSAGES = {
  comment:
    'A comment in a JSON Lines file: each line is sent as JSON, which has no comments, so the API rejects this line; remove the comment.',
  directiveOnRequestLine:
    'A `reqlint-disable` comment on a request line: reqlint reads it, but the line is sent as JSON, which has no comments, so the API rejects it; put the directive on its own line above the request.',
  'trailing-comma': 'A trailing comma before `}` or `]`: JSON does not allow it, so the API rejects this line; remove the comma.',
} as const;

/** Said of a directive line in a Batch input file (by the cross-line checks, which know the file is one). */
export const DIRECTIVE_IN_BATCH_FILE =
  'A `reqlint-disable` comment in a Batch input file: reqlint reads it, but it stays in the file, which is uploaded as it is, and the Batch API fails a line that is not JSON; remove it, and turn rules off for this file in the config (`overrides`) instead.';

/** The line's problems said for a Batch envelope line, where no directive may stand, on its own line or not. */
export function inBatchLine(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) =>
    problem.messageId === 'directiveOnRequestLine'
      ? { ...problem, message: DIRECTIVE_IN_BATCH_FILE, messageId: 'directiveInBatchFile' }
      : problem,
  );
}

export function checkJsonlSyntax(text: string): JsonlSyntaxCheck {
  const syntax = findJsoncSyntax(text);
  if (syntax.length === 0) return { problems: [], commentOnly: false };
  const lines = new LineIndex(text);
  const commentOnly = onlyComments(text, syntax);
  const problems: Problem[] = [];
  let directiveLine: Range | undefined;
  for (const item of syntax) {
    const range = lines.range(item.offset, item.length);
    const directive = item.kind === 'comment' && isDirectiveText(item.body ?? '');
    if (directive && commentOnly) {
      directiveLine ??= range;
      continue;
    }
    const messageId = item.kind === 'trailing-comma' ? 'trailing-comma' : directive ? 'directiveOnRequestLine' : 'comment';
    problems.push({ ruleId: 'parse/jsonl-comments', message: MESSAGES[messageId], messageId, path: '', target: 'value', range });
  }
  return { problems, commentOnly, ...(directiveLine ? { directiveLine } : {}) };
}
