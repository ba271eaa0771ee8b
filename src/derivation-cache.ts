import { matchesSnapshot, takeSnapshot, type Snapshot } from './snapshot.js';

/**
 * Values derived from an input object and kept across `lint` calls, for the objects an application
 * defines once and passes with every request: its tools' schemas (whose structured-outputs analysis
 * costs more than validating the whole request) and a LangChain model's options (whose mapping to
 * the wire request is, in context, half the cost of linting them). ESLint's `--cache` does the same
 * for files, keyed by content.
 *
 * Identity alone is never trusted: a caller may edit an object between calls, so a derived value is
 * reused only while a snapshot of everything reachable from the input (and from what the derivation
 * made, when it hands out objects of its own) still matches (`snapshot.ts`); checking costs a
 * fraction of deriving. To keep one-off inputs (parsed from text, built per request) cheap, the
 * first sighting only notes the object and the second takes the snapshot. An input found changed
 * (or too large to snapshot) is not snapshotted again: it is derived afresh on every call, as
 * without the cache.
 *
 * Entries are held strongly, in insertion order, and the oldest is dropped past `CAPACITY`: a
 * WeakMap would add to every young-generation garbage collection for the short-lived inputs of text
 * input, and a bounded map keeps at most a few dozen inputs alive.
 */

interface Kept<T> {
  /** `undefined` until the second sighting, and again once the input was found changed. */
  snapshot: Snapshot | undefined;
  value: T | undefined;
  /** Where the value was derived for (a pointer its own pointers start with; `''` when none). */
  place: string;
  /** Found changed since its snapshot, or too large to snapshot: derived afresh on every call. */
  volatile: boolean;
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
    if (kept === undefined) {
      this.remember(input, { snapshot: undefined, value: undefined, place, volatile: false });
      return this.deriveAfresh(input, place);
    }
    if (kept.snapshot !== undefined) {
      if (matchesSnapshot(kept.snapshot)) {
        // Place-free first: a request's pointers are concatenated strings, and comparing one flattens it.
        if (this.isPlaceFree(kept.value!) || kept.place === place) return kept.value!;
        // The same input at another place (one schema object shared by two tools): the kept value
        // stays for its own place.
        return this.deriveAfresh(input, place);
      }
      kept.volatile = true;
      kept.snapshot = undefined;
      kept.value = undefined;
    }
    const value = this.deriveAfresh(input, place);
    if (!kept.volatile) {
      kept.snapshot = takeSnapshot(this.watched === undefined ? input : [input, this.watched(value)]);
      if (kept.snapshot === undefined) kept.volatile = true;
      else {
        this.onKeep?.(value);
        kept.value = value;
        kept.place = place;
      }
    }
    return value;
  }

  /**
   * The value kept for `input` (for `place`) when `input` is unchanged since it was kept; `undefined`
   * otherwise. Unlike `derive`, a first sighting is not noted: for a caller that decides from a kept
   * value before it derives one.
   */
  peek(input: Input, place = ''): T | undefined {
    const kept = this.kept.get(input);
    if (kept === undefined || kept.snapshot === undefined) return undefined;
    if (!matchesSnapshot(kept.snapshot)) {
      kept.volatile = true;
      kept.snapshot = undefined;
      kept.value = undefined;
      return undefined;
    }
    return this.isPlaceFree(kept.value!) || kept.place === place ? kept.value : undefined;
  }

  /** Forgets every input (tests). */
  clear(): void {
    this.kept.clear();
  }

  private remember(input: Input, kept: Kept<T>): void {
    if (this.kept.size >= CAPACITY) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(input, kept);
  }
}
