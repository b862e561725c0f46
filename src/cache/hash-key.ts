import { createHash } from 'node:crypto'

/** sha256 hex of the parts, in order (a cache key). */
export function hashKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    hash.update(part)
    hash.update('\0')
  }
  return hash.digest('hex')
}
