/**
 * The sha256 of the site's input files (articles, images), remembered across runs with their stat
 * (size, mtime, ctime, inode) in `.wxpress/cache/files.json`, so that an unchanged run neither reads
 * nor hashes a file whose stat is the one recorded.
 *
 * The racy case is handled as git does: a hash is recorded only for a file whose mtime and ctime were
 * older than the start of the run (less a second, for file systems with coarse timestamps) when it
 * was read, so that any later change gives it another mtime or ctime. A file changed moments before a
 * run is hashed again by the next one. The record is a hint only: an unreadable one is no record.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { writeWhole } from './pack-file.js'

/** `[size, mtimeMs, ctimeMs, ino, sha256]`. */
type Entry = [number, number, number, number, string]

const HEADER = 'wxpress-files 1'
/** Files changed this close before the run started are never taken on their stat. */
const RACY_MS = 1000

export interface FileHashes {
  /** The recorded hash of `file` when `stats` (taken before any read) are those recorded. */
  known(file: string, stats: Stats): string | undefined
  /** The hash of `bytes` (`hash` when known), read from `file` after `stats` were taken; recorded when safe. */
  record(file: string, stats: Stats, bytes: Uint8Array, hash?: string): string
  /** Whether a file with `stats` was last changed before the racy second of this run (any later change
   * gives it another stat): only such a file is taken on its stat. */
  settled(stats: Stats): boolean
  /** The hash of `file`, read only when its stat is not the recorded one; undefined if unreadable. */
  hash(file: string): string | undefined
  /** Writes the record when it changed (best effort). */
  save(): void
  /** Files taken on their stat, and files read and hashed, so far (for tests). */
  readonly stats: { known: number; hashed: number }
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

export interface FileHashesOptions {
  /** Never write the record (helper threads: the main thread writes it). */
  readOnly?: boolean | undefined
  /** When the run started (default now): no file is read through this object before. */
  startMs?: number | undefined
}

/** The hashes recorded under `dir` (undefined: none kept, every file is hashed). */
export function createFileHashes(dir: string | undefined, options: FileHashesOptions = {}): FileHashes {
  const startMs = options.startMs ?? Date.now()
  const stats = { known: 0, hashed: 0 }
  const file = dir && path.join(dir, 'files.json')
  const entries = load(file)
  const seen = new Set<string>()
  let changed = false
  const settled = (info: Stats) => Math.max(info.mtimeMs, info.ctimeMs) < startMs - RACY_MS
  const record = (name: string, info: Stats, bytes: Uint8Array, given?: string) => {
    if (given === undefined) stats.hashed++
    const hash = given ?? sha256(bytes)
    const key = path.resolve(name)
    seen.add(key)
    if (settled(info)) {
      entries.set(key, [info.size, info.mtimeMs, info.ctimeMs, info.ino, hash])
      changed = true
    } else if (entries.delete(key)) changed = true
    return hash
  }
  const known = (name: string, info: Stats) => {
    const key = path.resolve(name)
    seen.add(key)
    const entry = entries.get(key)
    if (
      !entry ||
      !info.isFile() ||
      entry[0] !== info.size ||
      entry[1] !== info.mtimeMs ||
      entry[2] !== info.ctimeMs ||
      entry[3] !== info.ino
    )
      return undefined
    stats.known++
    return entry[4]
  }
  return {
    stats,
    known,
    record,
    settled,
    hash(name) {
      try {
        const info = statSync(name)
        if (!info.isFile()) return undefined // a pipe is never read
        return known(name, info) ?? record(name, info, readFileSync(name))
      } catch {
        return undefined
      }
    },
    save() {
      if (!file || !changed || options.readOnly) return
      // files this run did not look at are kept while they exist (another selection of articles)
      for (const key of entries.keys()) if (!seen.has(key) && !existsSync(key)) entries.delete(key)
      const lines = [...entries].map(([key, entry]) => JSON.stringify([key, ...entry]))
      if (writeWhole(file, `${HEADER}\n${lines.join('\n')}\n`)) changed = false
    },
  }
}

function load(file: string | undefined): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  let text: string
  try {
    text = file ? readFileSync(file, 'utf8') : ''
  } catch {
    return entries
  }
  const lines = text.split('\n')
  if (lines[0] !== HEADER) return entries
  for (const line of lines.slice(1)) {
    try {
      const [key, size, mtime, ctime, ino, hash] = JSON.parse(line) as [string, ...Entry]
      if (typeof key === 'string' && typeof hash === 'string' && [size, mtime, ctime, ino].every(isNumber))
        entries.set(key, [size, mtime, ctime, ino, hash])
    } catch {
      // an empty or damaged line: no record for that file
    }
  }
  return entries
}

const isNumber = (value: unknown) => typeof value === 'number'
