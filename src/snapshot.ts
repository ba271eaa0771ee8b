/**
 * A record of everything reachable from a value, to tell later, without a second analysis, that the
 * value is still exactly what it was: the same objects holding the same keys, in the same order, with
 * the same values. What is derived from a value (a schema's analysis, a LangChain mapping) depends
 * on nothing else, so an object an application passes again unchanged is derived from once (see
 * `derivation-cache.ts`).
 *
 * The record is flat: for each object, the object, its key count and its key/value pairs; for each
 * array, the array, its length and its items. Children are compared by identity and listed as
 * objects of their own, so checking is one loop with no recursion and no allocation: for a tool's
 * schema, about a seventh of what analysing it costs.
 */
export type Snapshot = readonly unknown[];

/**
 * The snapshot of `root`, or `undefined` when a later comparison could not be trusted to see every
 * change (an array with holes or `undefined` items, which `for...in`-style reads cannot tell apart)
 * or when the value is too large to be worth keeping.
 */
export function takeSnapshot(root: object, maxEntries = MAX_SNAPSHOT_ENTRIES): Snapshot | undefined {
  const trail: unknown[] = [];
  const seen = new Set<object>();
  const pending: object[] = [root];
  seen.add(root);
  while (pending.length > 0) {
    const value = pending.pop()!;
    if (Array.isArray(value)) {
      trail.push(value, value.length);
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item === undefined) return undefined;
        trail.push(item);
        enqueue(item);
      }
    } else {
      const countAt = trail.length + 1;
      trail.push(value, 0);
      let count = 0;
      // `for...in`, as the analysis reads keys: own and inherited enumerable ones, in that order.
      for (const key in value) {
        const item: unknown = (value as Record<string, unknown>)[key];
        trail.push(key, item);
        count++;
        enqueue(item);
      }
      trail[countAt] = count;
    }
    if (trail.length > maxEntries) return undefined;
  }
  return trail;

  function enqueue(item: unknown): void {
    if (typeof item === 'object' && item !== null && !seen.has(item)) {
      seen.add(item);
      pending.push(item);
    }
  }
}

/** Whether every object in `snapshot` still holds what it held when the snapshot was taken. */
export function matchesSnapshot(snapshot: Snapshot): boolean {
  const length = snapshot.length;
  let at = 0;
  while (at < length) {
    const value = snapshot[at] as Record<string, unknown>;
    const count = snapshot[at + 1] as number;
    at += 2;
    if (Array.isArray(value)) {
      if (value.length !== count) return false;
      for (let index = 0; index < count; index++) if (value[index] !== snapshot[at++]) return false;
    } else {
      let seen = 0;
      for (const key in value) {
        // Checked before reading on, so an added key cannot run into the next object's record.
        if (seen === count || key !== snapshot[at] || value[key] !== snapshot[at + 1]) return false;
        at += 2;
        seen++;
      }
      if (seen !== count) return false;
    }
  }
  return true;
}

/**
 * Beyond this many entries (about a fifth as many schema nodes) a schema is analysed on every call
 * rather than kept: the API's own limits (5,000 properties) put real schemas far below it.
 */
const MAX_SNAPSHOT_ENTRIES = 200_000;
