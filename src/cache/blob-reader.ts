/**
 * Reads the cache's blobs (values in files of their own), keeping their texts up to a budget: a
 * converted photo that many articles share is read once a run, not once an article (a blob deleted
 * meanwhile is still a miss).
 */
import { existsSync, readFileSync } from 'node:fs'

/** At most this many characters of blob text are kept once read. */
const BUDGET = 64 * 1024 * 1024

/** The text of the blob `id` (in `fileOf(id)`), undefined when unreadable; texts kept up to `budget` characters. */
export function blobReader(
  fileOf: (id: string) => string,
  budget = BUDGET,
): (id: string) => string | undefined {
  const kept = new Map<string, string>()
  let chars = 0
  return (id) => {
    const file = fileOf(id)
    let text = kept.get(id)
    // a blob deleted meanwhile is a miss still
    if (text !== undefined) return existsSync(file) ? text : undefined
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
    if (chars + text.length <= budget) {
      kept.set(id, text)
      chars += text.length
    }
    return text
  }
}
