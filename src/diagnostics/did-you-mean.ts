/** The only fastest-levenshtein import: nearest known name for a misspelt one. */
import { distance } from 'fastest-levenshtein'

/**
 * The closest of `candidates` to `input`, when close enough to be a plausible typo: at most `limit`
 * edits (default: a third of the input, at least 2).
 */
export function didYouMean(input: string, candidates: Iterable<string>, limit?: number): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  const lower = input.toLowerCase()
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase())
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  const max = limit ?? Math.max(2, Math.floor(input.length / 3))
  return best !== undefined && bestScore <= max ? best : undefined
}
