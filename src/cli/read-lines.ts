import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { completeLength, invalidUtf8, type InvalidUtf8 } from './utf8.js';

export interface SourceLine {
  text: string;
  /** 1-based. */
  number: number;
  /** Offset of the line's first character in the file (UTF-16 code units, as ranges count). */
  offset: number;
  /** The line's first bytes that are not UTF-8: `at` is their index in `text` (as U+FFFD). */
  invalidUtf8?: InvalidUtf8;
}

/**
 * Reads a file line by line with bounded memory (one chunk plus one line). Unlike `readline`, it
 * keeps exact offsets for CRLF files, because ranges are file offsets. A leading BOM is dropped.
 * Bytes are decoded here rather than by the stream, so bytes that are not UTF-8 are found (one
 * `isUtf8` pass per chunk for a valid file) instead of becoming U+FFFD without a word.
 */
export async function* readLines(path: string): AsyncGenerator<SourceLine> {
  let pending = '';
  /** Bad bytes in `pending`, by offset in it, in order. */
  let pendingBad: InvalidUtf8[] = [];
  let carry: Buffer | undefined;
  let number = 1;
  let offset = 0;
  let first = true;
  const decode = (bytes: Buffer): { text: string; bad: InvalidUtf8[] } => ({
    text: bytes.toString('utf8'),
    bad: isUtf8(bytes) ? [] : invalidUtf8(bytes),
  });
  function* split(chunk: { text: string; bad: InvalidUtf8[] }, last: boolean): Generator<SourceLine> {
    let text = pending + chunk.text;
    let bad = pendingBad.concat(chunk.bad.map((b) => ({ ...b, at: b.at + pending.length })));
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        bad = bad.map((b) => ({ ...b, at: b.at - 1 }));
      }
    }
    let start = 0;
    let nextBad = 0;
    const lineOf = (raw: string): SourceLine => {
      while (nextBad < bad.length && bad[nextBad]!.at < start) nextBad++;
      const found = bad[nextBad];
      const line: SourceLine = { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, number: number++, offset };
      if (found !== undefined && found.at < start + line.text.length) line.invalidUtf8 = { at: found.at - start, byte: found.byte };
      return line;
    };
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const raw = text.slice(start, newline);
      yield lineOf(raw);
      offset += raw.length + 1;
      start = newline + 1;
    }
    if (last) {
      if (start < text.length) yield lineOf(text.slice(start));
      return;
    }
    pending = text.slice(start);
    pendingBad = bad.filter((b) => b.at >= start).map((b) => ({ ...b, at: b.at - start }));
  }
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const bytes = carry === undefined ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
    const complete = completeLength(bytes);
    carry = complete === bytes.length ? undefined : Buffer.from(bytes.subarray(complete));
    yield* split(decode(bytes.subarray(0, complete)), false);
  }
  // A character cut by the end of the file is ill-formed.
  yield* split(carry === undefined ? { text: '', bad: [] } : decode(carry), true);
}
