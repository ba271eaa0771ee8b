import { isDirectiveText } from '../directives/parse.js';
import { findJsoncSyntax, onlyComments, type JsoncSyntax } from '../engine/parse/jsonc-syntax.js';
import { LineIndex } from '../engine/parse/positions.js';
import type { Problem } from '../engine/report/problems.js';

/**
 * Comments and trailing commas in a JSON Lines line. Each line of a JSONL or Batch file is sent as
 * it is, so JSONC syntax there is an error the API would answer with a 400 (or a failed batch line).
 * `reqlint-disable…` directive comments are the directives feature's (docs/configuration.md): they
 * are never reported here, and a line holding only directives is not a request at all.
 */
export interface JsonlSyntaxCheck {
  problems: Problem[];
  /** The line holds only comments (nothing to lint as a request). */
  commentOnly: boolean;
}

const MESSAGES: Record<JsoncSyntax['kind'], string> = {
  comment:
    'A comment in a JSON Lines file: each line is sent as JSON, which has no comments, so the API rejects this line; remove the comment (only `reqlint-disable` directives on their own line are read, and removed, by reqlint).',
  'trailing-comma': 'A trailing comma before `}` or `]`: JSON does not allow it, so the API rejects this line; remove the comma.',
};

export function checkJsonlSyntax(text: string): JsonlSyntaxCheck {
  const syntax = findJsoncSyntax(text);
  if (syntax.length === 0) return { problems: [], commentOnly: false };
  const lines = new LineIndex(text);
  const reported = syntax.filter((item) => item.kind !== 'comment' || !isDirectiveText(item.body ?? ''));
  return {
    problems: reported.map((item) => ({
      ruleId: 'parse/jsonl-comments',
      message: MESSAGES[item.kind],
      path: '',
      target: 'value',
      range: lines.range(item.offset, item.length),
    })),
    commentOnly: onlyComments(text, syntax),
  };
}
