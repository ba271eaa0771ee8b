import type { Range } from '../types.js';

/** A range within one JSONL line moved into the file: the line number set, offsets (and columns) shifted. */
export function shiftRange(range: Range, lineNumber: number, offset: number, columns = 0): Range {
  const move = (p: Range['start']) => ({ line: lineNumber, column: p.column + columns, offset: p.offset + offset });
  return { start: move(range.start), end: move(range.end) };
}
