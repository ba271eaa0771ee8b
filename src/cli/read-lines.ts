import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { JsonlLineSplitter, type JsonlLine } from '../jsonl/lines.js';
import { completeLength, invalidUtf8, InvalidUtf8ByLine, type InvalidUtf8 } from './utf8.js';

export interface SourceLine extends JsonlLine {
  /** The line's first bytes that are not UTF-8: `at` is their index in `text` (as U+FFFD). */
  invalidUtf8?: InvalidUtf8;
}

/**
 * Reads a JSON Lines file line by line with bounded memory (one chunk plus one line), cut as
 * `jsonlLines` cuts text in memory (`JsonlLineSplitter`): unlike `readline`, offsets stay exact in
 * CRLF files, because ranges are file offsets. Bytes are decoded here rather than by the stream, so
 * bytes that are not UTF-8 are found (one `isUtf8` pass per chunk for a valid file) instead of
 * becoming U+FFFD without a word.
 */
export async function* readLines(path: string): AsyncGenerator<SourceLine> {
  const splitter = new JsonlLineSplitter();
  // Bad bytes by offset in the decoded text, a leading BOM included (`splitter.bomLength`).
  const invalid = new InvalidUtf8ByLine();
  let decoded = 0;
  let carry: Buffer | undefined;
  const withInvalidUtf8 = (line: JsonlLine): SourceLine => {
    const bad = invalid.firstIn(line.offset + splitter.bomLength, line.text.length);
    return bad === undefined ? line : { ...line, invalidUtf8: bad };
  };
  function* decode(bytes: Buffer): Generator<SourceLine> {
    const text = bytes.toString('utf8');
    if (!isUtf8(bytes)) invalid.add(invalidUtf8(bytes).map((bad) => ({ ...bad, at: bad.at + decoded })));
    decoded += text.length;
    for (const line of splitter.push(text)) yield withInvalidUtf8(line);
  }
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const bytes = carry === undefined ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
    const complete = completeLength(bytes);
    carry = complete === bytes.length ? undefined : Buffer.from(bytes.subarray(complete));
    yield* decode(bytes.subarray(0, complete));
  }
  // A character cut by the end of the file is ill-formed.
  if (carry !== undefined) yield* decode(carry);
  const last = splitter.end();
  if (last !== undefined) yield withInvalidUtf8(last);
}
