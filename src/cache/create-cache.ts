/**
 * A content-addressed JSON cache under `.wxpress/cache/`: values are stored by a key that is the hash
 * of everything they depend on, so there is nothing to invalidate. Unreadable entries are misses.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdir, readFileSync, unlink, writeFile } from 'node:fs'
import path from 'node:path'

export interface Cache {
  get<T>(namespace: string, key: string): Promise<T | undefined>
  /** Stores a value; the write finishes in the background (see `flush`). */
  set(namespace: string, key: string, value: unknown): Promise<void>
  /** Resolves when every write started so far is on disk (or failed). */
  flush(): Promise<void>
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
  const folders = new Map<string, Promise<boolean>>()
  const pending = new Set<Promise<void>>()
  /** Values being written, readable at once (read-your-writes within this cache). */
  const unwritten = new Map<string, string>()
  return {
    stats,
    async get<T>(namespace: string, key: string): Promise<T | undefined> {
      if (!dir) {
        stats.misses++
        return undefined
      }
      try {
        // small files: a synchronous read skips the thread-pool round trip (much faster for thousands)
        const target = file(namespace, key)
        const value = JSON.parse(unwritten.get(target) ?? readFileSync(target, 'utf8')) as T
        stats.hits++
        return value
      } catch {
        stats.misses++
        return undefined
      }
    },
    async has(namespace: string, key: string): Promise<boolean> {
      if (!dir) return false
      const target = file(namespace, key)
      return unwritten.has(target) || existsSync(target)
    },
    async set(namespace: string, key: string, value: unknown): Promise<void> {
      if (!dir) return
      const target = file(namespace, key)
      const folder = path.dirname(target)
      let ready = folders.get(folder)
      if (!ready) {
        ready = new Promise<boolean>((resolve) => mkdir(folder, { recursive: true }, (error) => resolve(!error)))
        folders.set(folder, ready)
      }
      // Written in place, on the I/O threads while this thread goes on (`flush` waits for them). A
      // reader that meets a half-written file (another process, a crash) cannot parse it and takes it
      // as a miss; values are content-addressed, so any two writers write the same bytes. A failure
      // only means no cache (a read-only checkout still works).
      const data = JSON.stringify(value)
      unwritten.set(target, data)
      const job = ready.then((ok) => new Promise<void>((resolve) => {
        if (!ok) return resolve()
        writeFile(target, data, (error) => {
          if (error) return unlink(target, () => resolve())
          stats.writes++
          resolve()
        })
      }))
      pending.add(job)
      void job.then(() => {
        pending.delete(job)
        if (unwritten.get(target) === data) unwritten.delete(target)
      })
    },
    async flush(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}
