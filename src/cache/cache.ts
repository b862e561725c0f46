/** What `createCache` gives (see there) and takes. */
import type { FileHashes } from './file-hashes.js'

export interface Cache {
  get<T>(namespace: string, key: string): Promise<T | undefined>
  /** Stores a value (readable at once; on disk after the next `flush`). */
  set(namespace: string, key: string, value: unknown): Promise<void>
  /** Writes the entries set so far as one pack (and merges the packs when there are many). */
  flush(): Promise<void>
  /** Whether an entry exists (no parse, no stats). */
  has(namespace: string, key: string): Promise<boolean>
  /** Picks up packs written since the first lookup (by helper threads or other processes); whether there were any. */
  refresh(): boolean
  /** Whether nothing is cached on disk yet (no pack: a fresh or deleted cache). */
  empty(): boolean
  /**
   * The cache of sub-folder `name`, for bulky values read rarely (rendered HTML): its packs are read on
   * its first lookup only, never by a run that does not ask for them. Flushed and refreshed with this one.
   */
  shelf(name: string): Cache
  /** The hashes of input files by their stat (`file-hashes.ts`), saved by `flush`. */
  readonly files: FileHashes
  /** Lookups, entries written and pack characters read so far (for reports and tests). */
  readonly stats: { hits: number; misses: number; writes: number; packChars: number }
}

export interface CacheOptions {
  /** Merge the packs when a flush leaves more than `MAX_PACKS` (default true; helper threads: false). */
  compact?: boolean | undefined
  /** `refresh()` reads nothing before the first lookup (shelves; default false). */
  lazy?: boolean | undefined
  /**
   * The wxpress build that salts the keys (`buildVersion`): a flush merges away the entries other
   * builds wrote (but those of bytes-only keys), so an unchanged run reads only what it can use.
   */
  build?: string | undefined
  /** Write values in ASCII (`asciiJson`; default true; shelves: false, their HTML is mostly Chinese). */
  ascii?: boolean | undefined
  /** Save the file hashes on `flush` (default true; helper threads: false, the main thread saves). */
  saveFiles?: boolean | undefined
}
