/**
 * `target.push(...items)` passes every item as an argument, and V8 throws `RangeError: Maximum call
 * stack size exceeded` past roughly 100,000 of them: a file with that many findings is a real
 * input. This appends in a loop instead.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** `Math.max(...values)` without the argument-count limit; `fallback` for an empty list. */
export function maxOf(values: Iterable<number>, fallback = -Infinity): number {
  let max = fallback;
  for (const value of values) if (value > max) max = value;
  return max;
}
