/**
 * Any value as text, never throwing. `String()` itself throws for an object whose `toString` is not a
 * function (`{ toString: {} }`) or that has no prototype; messages about what a caller passed, and
 * explanations of what was thrown, must not fail on it.
 */
export function printable(value: unknown): string {
  try {
    return String(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return '(a value that cannot be printed)';
    }
  }
}
