import { fastestLevenshtein } from './lazy-deps.js';

/**
 * The candidate a mistyped word most likely meant: the closest by edit distance (case ignored), when
 * it is within a third of the word's length (at least 2 edits); otherwise none, so a word that is
 * simply unknown gets no guess.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const { closest, distance } = fastestLevenshtein();
  const best = closest(word, candidates as string[]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}
