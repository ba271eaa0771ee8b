import { matchesSnapshot, takeSnapshot, type Snapshot } from './snapshot.js';

/**
 * Analyses kept across `lint` calls, for the schema objects an application defines once and sends
 * with every request (its tools' `parameters`, its response format). Analysing a schema costs more
 * than validating the whole request; checking that it is unchanged costs a seventh of that.
 *
 * The cache never trusts identity alone: a caller may edit a schema object between calls, so an
 * analysis is reused only while a snapshot of everything reachable from the schema still matches
 * (`snapshot.ts`). To keep one-off schemas (parsed from text, built per request) cheap, the first
 * sighting only notes the object; the second takes the snapshot. A schema found changed is not
 * snapshotted again: it is analysed on every call, as without the cache.
 *
 * Entries are held strongly, in insertion order, and the oldest is dropped past `CAPACITY`: a
 * WeakMap would add to every young-generation garbage collection for the short-lived schemas of text
 * input, and a bounded map keeps at most a few dozen schemas alive.
 */

interface Kept<T> {
  /** `undefined` until the second sighting, and again once the schema was found changed. */
  snapshot: Snapshot | undefined;
  analysis: T | undefined;
  /** The pointer the analysis was made at: its entries' pointers start with it. */
  path: string;
  /** Found changed since its snapshot: never snapshotted again. */
  changes: boolean;
}

/** Enough for the strict schemas of a large tool set. */
const CAPACITY = 64;

export class AnalysisCache<T> {
  private readonly kept = new Map<object, Kept<T>>();

  constructor(
    private readonly analyze: (schema: Record<string, unknown>, path: string) => T,
    /** Whether an analysis holds no pointer, so it serves the same schema at any path. */
    private readonly isPlaceFree: (analysis: T) => boolean,
  ) {}

  analysisOf(schema: Record<string, unknown>, path: string): T {
    const kept = this.kept.get(schema);
    if (kept === undefined) {
      this.remember(schema, { snapshot: undefined, analysis: undefined, path, changes: false });
      return this.analyze(schema, path);
    }
    if (kept.snapshot !== undefined) {
      if (matchesSnapshot(kept.snapshot)) {
        // Place-free first: a request's pointers are concatenated strings, and comparing one flattens it.
        if (this.isPlaceFree(kept.analysis!) || kept.path === path) return kept.analysis!;
        // The same schema at another place (one schema object shared by two tools): the kept
        // analysis stays for its own place.
        return this.analyze(schema, path);
      } else {
        kept.changes = true;
        kept.snapshot = undefined;
        kept.analysis = undefined;
      }
    }
    const analysis = this.analyze(schema, path);
    if (!kept.changes) {
      kept.snapshot = takeSnapshot(schema);
      kept.analysis = analysis;
      kept.path = path;
    }
    return analysis;
  }

  /** Forgets every schema (tests). */
  clear(): void {
    this.kept.clear();
  }

  private remember(schema: object, kept: Kept<T>): void {
    if (this.kept.size >= CAPACITY) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(schema, kept);
  }
}
