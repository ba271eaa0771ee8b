import { isUtf8 } from 'node:buffer';

/**
 * Where a file's bytes are not UTF-8. Node decodes such bytes to U+FFFD without a word, so a Latin-1
 * `é` linted cleanly although the API rejects a body that is not UTF-8. Valid files pay one
 * `isUtf8` pass (native, SIMD) over bytes that are read anyway; only invalid ones are scanned here.
 */
export interface InvalidUtf8 {
  /** Offset in the decoded text (UTF-16 units, as ranges count) of the U+FFFD the bad bytes became. */
  at: number;
  /** The first byte of the ill-formed sequence, for the message. */
  byte: number;
}

/** A file's text as the linter reads it (BOM dropped) and where its bytes are not UTF-8. */
export function decodeFile(bytes: Buffer): { text: string; invalid: InvalidUtf8[] } {
  const invalid = isUtf8(bytes) ? [] : invalidUtf8(bytes);
  const text = bytes.toString('utf8');
  if (text.charCodeAt(0) !== 0xfeff) return { text, invalid };
  return { text: text.slice(1), invalid: invalid.map((bad) => ({ ...bad, at: bad.at - 1 })) };
}

/**
 * The ill-formed sequences of `bytes`, by their offset in `bytes.toString('utf8')`. The text between
 * two of them is decoded on its own to count its UTF-16 units: a sequence is cut where Node's decoder
 * starts a U+FFFD (one per maximal subpart, as the WHATWG decoder does), so the counts add up.
 */
export function invalidUtf8(bytes: Buffer): InvalidUtf8[] {
  const found: InvalidUtf8[] = [];
  let textOffset = 0;
  let counted = 0;
  for (let bad = nextIllFormed(bytes, 0); bad !== undefined; bad = nextIllFormed(bytes, bad.start + bad.length)) {
    textOffset += bytes.toString('utf8', counted, bad.start).length;
    counted = bad.start;
    found.push({ at: textOffset, byte: bytes[bad.start]! });
  }
  return found;
}

/**
 * The first ill-formed sequence at or after `from` (Unicode Table 3-7, well-formed UTF-8), and the
 * length of its maximal subpart: the bytes the decoder replaces with one U+FFFD.
 */
function nextIllFormed(bytes: Uint8Array, from: number): { start: number; length: number } | undefined {
  for (let i = from; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [need, low, high] = sequenceOf(lead);
    if (need === 0) return { start: i, length: 1 };
    let length = 1;
    for (; length <= need; length++) {
      const next = bytes[i + length];
      const [min, max] = length === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return { start: i, length };
    }
    i += length;
  }
  return undefined;
}

/** Continuation bytes a lead byte needs, and the range its first one must be in. */
function sequenceOf(lead: number): [need: number, low: number, high: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  return [0, 0, 0];
}

/**
 * How many of a chunk's bytes end on a character boundary: a multi-byte character cut by the chunk's
 * end waits for the next chunk, so it is not mistaken for an ill-formed one.
 */
export function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The message of `parse/invalid-utf8`. */
export function invalidUtf8Message(byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return `Byte 0x${hex} is not valid UTF-8 (reqlint read it as U+FFFD), and the API rejects a request body that is not UTF-8: save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252).`;
}

/**
 * The first bad bytes of each JSON Lines line, lines asked for in file order: a line is sent on its
 * own, so each gets one `parse/invalid-utf8` at its first. Offsets are in the coordinates of the
 * lines' offsets; a stream adds what each chunk holds as it reads it, and what lies behind the line
 * asked for is dropped, so memory stays bounded.
 */
export class InvalidUtf8ByLine {
  private pending: InvalidUtf8[];
  private next = 0;

  constructor(invalid: readonly InvalidUtf8[] = []) {
    this.pending = [...invalid];
  }

  /** Bad bytes further on in the file (sorted, after those already added). */
  add(invalid: readonly InvalidUtf8[]): void {
    if (invalid.length === 0) return;
    if (this.next > 0) {
      this.pending = this.pending.slice(this.next);
      this.next = 0;
    }
    for (const bad of invalid) this.pending.push(bad);
  }

  /** The first bad bytes in the `length` units from `start`, `at` counted from `start`. */
  firstIn(start: number, length: number): InvalidUtf8 | undefined {
    while (this.next < this.pending.length && this.pending[this.next]!.at < start) this.next++;
    const bad = this.pending[this.next];
    return bad !== undefined && bad.at < start + length ? { at: bad.at - start, byte: bad.byte } : undefined;
  }
}
