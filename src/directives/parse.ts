import type { Range } from '../types.js';
import type { SourceComment } from './comments.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface DirectiveRule {
  id: string;
  /** Where the id is written, for "unknown rule" and "unused" findings. */
  range: Range;
}

/** A `reqlint-…` comment, parsed. An empty `rules` list means every rule. */
export interface Directive {
  kind: DirectiveKind;
  rules: DirectiveRule[];
  reason: string | undefined;
  /** The whole comment. */
  range: Range;
  /** `reqlint-disable-next-line x` → `reqlint-disable-next-line`, for messages. */
  name: string;
}

const DIRECTIVE = /^(\s*)(reqlint-(disable-next-line|disable-line|disable|enable))(?=\s|$)(.*)$/s;
/** ESLint's separator for the reason: two or more dashes with whitespace around. */
const REASON = /\s-{2,}\s/;

/** Whether a comment's text (without `//` or the block delimiters) is a `reqlint-…` directive. */
export function isDirectiveText(body: string): boolean {
  return DIRECTIVE.test(body);
}

/** The directive a comment holds, or `undefined` for an ordinary comment. */
export function parseDirective(comment: SourceComment): Directive | undefined {
  const match = DIRECTIVE.exec(comment.body);
  if (match === null) return undefined;
  const [, lead, name, kind, rest] = match as unknown as [string, string, string, DirectiveKind, string];
  const reasonAt = rest.search(REASON);
  const list = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
  const reason =
    reasonAt === -1
      ? undefined
      : rest
          .slice(reasonAt)
          .replace(/^\s-+\s/, '')
          .trim() || undefined;
  const listStart = comment.bodyOffset + lead.length + name.length;
  const rules: DirectiveRule[] = [];
  const idPattern = /[^\s,]+/g;
  for (let found = idPattern.exec(list); found !== null; found = idPattern.exec(list)) {
    rules.push({ id: found[0], range: rangeInComment(comment, listStart + found.index, found[0].length) });
  }
  return { kind, rules, reason, range: { start: comment.start, end: comment.end }, name };
}

/** A span inside a one-line comment; a span in a multi-line block comment falls back to the comment. */
function rangeInComment(comment: SourceComment, at: number, length: number): Range {
  if (comment.start.line !== comment.end.line) return { start: comment.start, end: comment.end };
  const shift = (n: number) => ({ line: comment.start.line, column: comment.start.column + n, offset: comment.start.offset + n });
  return { start: shift(at), end: shift(at + length) };
}
