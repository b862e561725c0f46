/**
 * A content-addressed JSON cache under `.wxpress/cache/`: values are stored by a key that is the hash
 * of everything they depend on, so there is nothing to invalidate. Unreadable entries are misses.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { access, mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface Cache {
  get<T>(namespace: string, key: string): Promise<T | undefined>
  set(namespace: string, key: string, value: unknown): Promise<void>
  /** Whether an entry exists (no read, no stats). */
  has(namespace: string, key: string): Promise<boolean>
  /** Hits and misses so far (for reports and tests). */
  readonly stats: { hits: number; misses: number; writes: number }
}

/** sha256 hex of the parts, in order. */
export function hashKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    hash.update(part)
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** A cache in `dir`; `undefined` gives a cache that never hits (e.g. `--no-cache`). */
export function createCache(dir: string | undefined): Cache {
  const stats = { hits: 0, misses: 0, writes: 0 }
  const file = (namespace: string, key: string) => path.join(dir ?? '', namespace, key.slice(0, 2), `${key}.json`)
  const made = new Set<string>()
  return {
    stats,
    async get<T>(namespace: string, key: string): Promise<T | undefined> {
      if (!dir) {
        stats.misses++
        return undefined
      }
      try {
        // small files: a synchronous read skips the thread-pool round trip (much faster for thousands)
        const value = JSON.parse(readFileSync(file(namespace, key), 'utf8')) as T
        stats.hits++
        return value
      } catch {
        stats.misses++
        return undefined
      }
    },
    async has(namespace: string, key: string): Promise<boolean> {
      if (!dir) return false
      return access(file(namespace, key)).then(() => true, () => false)
    },
    async set(namespace: string, key: string, value: unknown): Promise<void> {
      if (!dir) return
      const target = file(namespace, key)
      try {
        const folder = path.dirname(target)
        if (!made.has(folder)) {
          await mkdir(folder, { recursive: true })
          made.add(folder)
        }
        const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
        await writeFile(temp, JSON.stringify(value))
        await rename(temp, target)
        stats.writes++
      } catch {
        // a read-only checkout still works, just without a cache
      }
    },
  }
}
