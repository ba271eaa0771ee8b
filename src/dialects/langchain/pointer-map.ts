import { isWithin } from '../../json-pointer.js';

/**
 * Wire pointer → user pointer, by longest matching prefix: `/max_tokens` ← `/maxTokens`, and
 * everything below a mapped value follows it (`/tools/0/function/parameters/x` ← `/tools/0/...`).
 * A wire value with no user counterpart (LangChain's own defaults) maps to `undefined`.
 */
export type PointerEntry = readonly [wire: string, user: string | undefined, whole: boolean];

export class PointerMap {
  private readonly entries: PointerEntry[] = [];

  /** Later entries win over earlier ones for the same wire pointer (`modelKwargs` override). */
  set(wire: string, user: string | undefined): void {
    this.entries.push([wire, user, false]);
  }

  /** An entry made once and shared by every mapping (an option copied as it is). */
  add(entry: PointerEntry): void {
    this.entries.push(entry);
  }

  /** A value LangChain makes up from one option: everything below it maps to that option itself. */
  setWhole(wire: string, user: string): void {
    this.entries.push([wire, user, true]);
  }

  toUser(wirePointer: string): string | undefined {
    let best: PointerEntry | undefined;
    for (const entry of this.entries) {
      if (isWithin(wirePointer, entry[0]) && (best === undefined || entry[0].length >= best[0].length)) best = entry;
    }
    if (best === undefined) return wirePointer === '' ? '' : undefined;
    const [wire, user, whole] = best;
    if (user === undefined || whole) return user;
    return user + wirePointer.slice(wire.length);
  }
}
