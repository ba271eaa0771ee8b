import { matchesSnapshot, takeSnapshot, type Snapshot } from './snapshot.js';

/**
 * Values derived from an input object and kept across `lint` calls, for the objects an application
 * defines once and passes with every request: its tool lists and their schemas (whose validation and
 * structured-outputs analysis cost more than validating the rest of the request) and a LangChain
 * model's options (whose mapping to the wire request is, in context, half the cost of linting them).
 * ESLint's `--cache` does the same for files, keyed by content.
 *
 * Identity alone is never trusted: a caller may edit an object between calls, so a derived value is
 * reused only while a snapshot of everything reachable from the input (and from what the derivation
 * made, when it hands out objects of its own) still matches (`snapshot.ts`); checking costs a
 * fraction of deriving. An input found changed (or too large to snapshot) is derived afresh on every
 * later call, as without the cache.
 *
 * Inputs that are new on every call (parsed from text, built per request) must cost next to nothing:
 * a first sighting is only written into a small ring of recent inputs (no hashing, no allocation),
 * and an input seen there again is kept, with its snapshot, in a map bounded the same way. Both hold
 * inputs strongly but only the last `CAPACITY`: a WeakMap would add to every young-generation
 * garbage collection for the short-lived inputs.
 */

interface Kept<T> {
  /** `undefined` when the input was found changed since, or was too large to snapshot. */
  snapshot: Snapshot | undefined;
  value: T | undefined;
  /** Where the value was derived for (a pointer its own pointers start with; `''` when none). */
  place: string;
}

export interface DerivationCacheOptions<T> {
  /** Whether a value holds no pointer, so it serves the same input at any place. Default: always. */
  isPlaceFree?: (value: T) => boolean;
  /**
   * The objects of its own a value hands out (a mapped request whose objects may reach a caller in
   * a fix): watched with the input, so a caller who edits one gets a fresh derivation.
   */
  watched?: (value: T) => object;
  /** Called on a value about to be kept (shared by later calls), e.g. to freeze it. */
  onKeep?: (value: T) => void;
}

/** Enough for the strict schemas of a large tool set. */
const CAPACITY = 64;

export class DerivationCache<Input extends object, T> {
  private readonly kept = new Map<Input, Kept<T>>();
  /** The kept inputs in the order they were kept: the oldest is dropped for the next. */
  private readonly keptOrder = new Ring<Input>();
  /** Inputs seen once, not kept (yet). */
  private readonly seenOnce = new Ring<Input>();
  private readonly isPlaceFree: (value: T) => boolean;
  private readonly watched: ((value: T) => object) | undefined;
  private readonly onKeep: ((value: T) => void) | undefined;

  constructor(
    private readonly deriveAfresh: (input: Input, place: string) => T,
    options: DerivationCacheOptions<T> = {},
  ) {
    this.isPlaceFree = options.isPlaceFree ?? (() => true);
    this.watched = options.watched;
    this.onKeep = options.onKeep;
  }

  /** The value derived from `input` (for `place`), kept from an earlier call when `input` is unchanged. */
  derive(input: Input, place = ''): T {
    const kept = this.kept.get(input);
    if (kept !== undefined) {
      const value = this.valueOf(kept, place);
      return value !== undefined ? value : this.deriveAfresh(input, place);
    }
    const value = this.deriveAfresh(input, place);
    if (this.seenOnce.take(input)) this.keep(input, value, place);
    else this.seenOnce.add(input);
    return value;
  }

  /**
   * The value kept for `input` (for `place`) when `input` is unchanged since it was kept; `undefined`
   * otherwise. Unlike `derive`, nothing is noted: for a caller that decides from a kept value before
   * it derives one.
   */
  peek(input: Input, place = ''): T | undefined {
    const kept = this.kept.get(input);
    return kept === undefined ? undefined : this.valueOf(kept, place);
  }

  /** Forgets every input (tests). */
  clear(): void {
    this.kept.clear();
    this.keptOrder.clear();
    this.seenOnce.clear();
  }

  /** The kept value, if the input is unchanged and the value serves `place`. */
  private valueOf(kept: Kept<T>, place: string): T | undefined {
    if (kept.snapshot === undefined) return undefined;
    if (!matchesSnapshot(kept.snapshot)) {
      // Changed: such an input is derived afresh from now on, not snapshotted on every call.
      kept.snapshot = undefined;
      kept.value = undefined;
      return undefined;
    }
    // Place-free first: a request's pointers are concatenated strings, and comparing one flattens it.
    // The same input at another place (one schema object shared by two tools) keeps its value for its own.
    return this.isPlaceFree(kept.value!) || kept.place === place ? kept.value : undefined;
  }

  private keep(input: Input, value: T, place: string): void {
    const snapshot = takeSnapshot(this.watched === undefined ? input : [input, this.watched(value)]);
    if (snapshot !== undefined) this.onKeep?.(value);
    const dropped = this.keptOrder.add(input);
    if (dropped !== undefined) this.kept.delete(dropped);
    this.kept.set(input, { snapshot, value: snapshot === undefined ? undefined : value, place });
  }
}

/** The last `CAPACITY` objects added, compared by identity. */
class Ring<Item extends object> {
  private readonly items: Array<Item | undefined> = new Array<Item | undefined>(CAPACITY).fill(undefined);
  private next = 0;

  /** Adds `item`; returns the item it pushed out, if any. */
  add(item: Item): Item | undefined {
    const dropped = this.items[this.next];
    this.items[this.next] = item;
    this.next = (this.next + 1) % CAPACITY;
    return dropped;
  }

  /** Whether `item` is in the ring; it is taken out if so. */
  take(item: Item): boolean {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === item) {
        items[i] = undefined;
        return true;
      }
    }
    return false;
  }

  clear(): void {
    this.items.fill(undefined);
    this.next = 0;
  }
}
