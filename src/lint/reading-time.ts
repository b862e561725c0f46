/**
 * Reading time, defined once: the `length/word-count` finding and the `readingMinutes` of pr-check's
 * report (the sticky comment's 字数 row) both use it, so one comment never shows two different times.
 */

/** Reading speed (字 per minute). */
export const WORDS_PER_MINUTE = 400

/** Minutes to read `words` 字, to the nearest minute ("约 2 分钟"), at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
