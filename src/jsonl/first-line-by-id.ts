/**
 * The first line of each Batch `custom_id` seen so far, for the duplicate check, which must remember
 * every id of the file: a repeat may come on the last line. A `Map<string, number>` costs about 60
 * bytes a line for short ids (a string object per id, and a hash-table entry); this keeps each id's
 * UTF-8 bytes in one growing buffer and an open-addressing table of small integers, about the id's
 * length plus 20 bytes a line. Exact: ids are compared byte for byte, never by hash alone.
 */
export class FirstLineById {
  /** Every distinct id's UTF-8 bytes, end to end; entry `i` spans `starts[i]` to `starts[i + 1]` (or `used`). */
  private bytes = new Uint8Array(1 << 12);
  private used = 0;
  private starts = new Uint32Array(256);
  private lines = new Uint32Array(256);
  private count = 0;
  /** Entry index + 1 per slot (0: empty), probed linearly from the id's hash; at most half full. */
  private slots = new Uint32Array(512);
  private readonly encoder = new TextEncoder();

  /**
   * The line where `id` was first seen; `undefined` when this is its first time, and then `line` is
   * remembered as its first line.
   */
  firstLineOf(id: string, line: number): number | undefined {
    // Encode at the end of the buffer: kept there if the id is new, overwritten by the next one if not.
    this.reserve(id.length * 3);
    const length = this.encoder.encodeInto(id, this.bytes.subarray(this.used)).written;
    const hash = fnv1a(this.bytes, this.used, this.used + length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.add(slot, length, line);
        return undefined;
      }
      if (this.sameBytes(entry - 1, length)) return this.lines[entry - 1];
    }
  }

  /** Bytes held, for the benchmark and tests. */
  get retainedBytes(): number {
    return this.bytes.byteLength + this.starts.byteLength + this.lines.byteLength + this.slots.byteLength;
  }

  private add(slot: number, length: number, line: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.lines = grow(this.lines);
    }
    this.starts[this.count] = this.used;
    this.lines[this.count] = line;
    this.count++;
    this.slots[slot] = this.count;
    this.used += length;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private sameBytes(entry: number, length: number): boolean {
    const start = this.starts[entry]!;
    const end = entry + 1 < this.count ? this.starts[entry + 1]! : this.used;
    if (end - start !== length) return false;
    for (let i = 0; i < length; i++) if (this.bytes[start + i] !== this.bytes[this.used + i]) return false;
    return true;
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + extra));
    bigger.set(this.bytes.subarray(0, this.used));
    this.bytes = bigger;
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const end = entry + 1 < this.count ? this.starts[entry + 1]! : this.used;
      let slot = fnv1a(this.bytes, this.starts[entry]!, end) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** 32-bit FNV-1a: a good spread for short keys, and cheap. */
function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
