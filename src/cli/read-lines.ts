import { createReadStream } from 'node:fs';

export interface SourceLine {
  text: string;
  /** 1-based. */
  number: number;
  /** Offset of the line's first character in the file (UTF-16 code units, as ranges count). */
  offset: number;
}

/**
 * Reads a file line by line with bounded memory (one chunk plus one line). Unlike `readline`, it
 * keeps exact offsets for CRLF files, because ranges are file offsets. A leading BOM is dropped.
 */
export async function* readLines(path: string): AsyncGenerator<SourceLine> {
  let pending = '';
  let number = 1;
  let offset = 0;
  let first = true;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    let text = pending + (chunk as string);
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const raw = text.slice(start, newline);
      yield { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, number: number++, offset };
      offset += raw.length + 1;
      start = newline + 1;
    }
    pending = text.slice(start);
  }
  if (pending !== '') yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, number, offset };
}
