/**
 * A content-addressed cache under `.wxpress/cache/`: values are stored by a key that is the hash of
 * everything they depend on, so there is nothing to invalidate.
 *
 * Entries live in pack files: `flush` writes the entries set since the last flush as one new pack
 * (creating thousands of small files costs far more than one big one, worst right after the folder
 * was deleted), under a temporary name renamed into place, so no reader sees half a pack. Packs are
 * read lazily on the first lookup; an unreadable or foreign pack is ignored (its entries are misses).
 * Large values (image data) get a file of their own under `blobs/` (`blob-reader.ts`); many packs are
 * merged into one by `flush`. A failure to write only means no cache: a read-only checkout works.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import type { Cache, CacheOptions } from './cache.js'
import { blobReader } from './blob-reader.js'
import { createFileHashes, type FileHashes } from './file-hashes.js'
import {
  asciiJson,
  attempt,
  indexPack,
  packBuild,
  packText,
  readPackFile,
  writeWhole,
  type PackEntry,
} from './pack-file.js'

export { hashKey } from './hash-key.js'

export type { Cache, CacheOptions } from './cache.js'

const MAX_PACKS = 16
/** Values longer than this (JSON characters) are stored in a file of their own. */
const BLOB_SIZE = 64 * 1024
/** The pack text of a value stored in its own file (no JSON text starts with `@`). */
const BLOB = '@'
/** Above this, a merge keeps only the entries this process used. */
const MAX_BYTES = 256 * 1024 * 1024
/**
 * Namespaces whose keys are the hash of bytes only (image conversions, diagrams), still valid after
 * wxpress changes; the others' keys include the wxpress build (`CacheOptions.build`).
 */
const LASTING = new Set(['asset', 'image', 'diagram'])

/** A cache in `dir`; `undefined` gives a cache that never hits (e.g. `--no-cache`). */
export function createCache(dir: string | undefined, options: CacheOptions = {}): Cache {
  const stats = { hits: 0, misses: 0, writes: 0, packChars: 0 }
  const shelves = new Map<string, Cache>()
  /** By `namespace\tkey`. */
  const entries = new Map<string, PackEntry>()
  const pending = new Map<string, string>()
  const used = new Set<string>()
  const packs = new Set<string>()
  let scanned = false
  /** Packs read that another wxpress build wrote: their entries (but `LASTING` ones) can never hit. */
  let stalePacks = 0
  let files: FileHashes | undefined
  const fileHashes = () =>
    (files ??= createFileHashes(options.lazy ? undefined : dir, { readOnly: options.saveFiles === false }))

  const scan = (): boolean => {
    scanned = true
    let names: string[]
    try {
      names = readdirSync(dir!)
    } catch {
      return false // no cache yet
    }
    const before = packs.size
    for (const name of names) if (name.endsWith('.pack') && !packs.has(name)) readPack(name)
    return packs.size > before
  }
  const readPack = (name: string) => {
    const text = readPackFile(path.join(dir!, name))
    if (text !== undefined) addPack(name, text) // else merged away by another process meanwhile
  }
  /** Indexes the entries of a pack (the first of a key wins: any two are the same value). */
  const addPack = (name: string, text: string) => {
    packs.add(name)
    stats.packChars += text.length
    const stale = options.build !== undefined && packBuild(text) !== options.build
    if (stale) stalePacks++
    indexPack(text, entries, stale)
  }
  const blobFile = (id: string) => path.join(dir!, 'blobs', `${id.replace('\t', '-')}.json`)
  /** The entry's pack text (`BLOB` for a value in its own file). */
  const packed = (id: string): string | undefined => {
    if (!scanned) scan()
    const entry = entries.get(id)
    return pending.get(id) ?? entry?.text.slice(entry.start, entry.end)
  }
  const readBlob = blobReader(blobFile)
  const lookup = (id: string): string | undefined => {
    const text = packed(id)
    return text === BLOB ? readBlob(id) : text
  }
  /** Writes `lines` as a new pack and indexes it; false when it cannot be written. */
  const writePack = (lines: string[]): boolean => {
    const name = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}.pack`
    const text = packText(lines, options.build)
    if (!writeWhole(path.join(dir!, name), text)) return false
    addPack(name, text)
    return true
  }
  const merge = () => {
    scan()
    let bytes = 0
    for (const entry of entries.values()) bytes += entry.end - entry.start
    const keep = [...entries].filter(
      ([id, e]) =>
        used.has(id) || (bytes <= MAX_BYTES && (!e.stale || LASTING.has(id.slice(0, id.indexOf('\t'))))),
    )
    const lines = keep.map(([id, e]) => `${id}\t${e.text.slice(e.start, e.end)}\n`)
    const old = [...packs]
    const before = new Map(entries)
    entries.clear()
    if (!writePack(lines)) {
      for (const [id, entry] of before) entries.set(id, entry)
      return
    }
    for (const name of old) {
      attempt(() => unlinkSync(path.join(dir!, name)))
      packs.delete(name)
    }
    stalePacks = 0
  }

  return {
    stats,
    get files() {
      return fileHashes()
    },
    async get<T>(namespace: string, key: string): Promise<T | undefined> {
      const id = `${namespace}\t${key}`
      const text = dir ? lookup(id) : undefined
      try {
        if (text !== undefined) {
          const value = JSON.parse(text) as T
          stats.hits++
          used.add(id)
          return value
        }
      } catch {
        // a damaged entry is a miss
      }
      stats.misses++
      return undefined
    },
    async has(namespace: string, key: string): Promise<boolean> {
      if (!dir) return false
      const id = `${namespace}\t${key}`
      const text = packed(id)
      return text === BLOB ? existsSync(blobFile(id)) : text !== undefined
    },
    async set(namespace: string, key: string, value: unknown): Promise<void> {
      if (!dir) return
      const id = `${namespace}\t${key}`
      // a snapshot now: the caller may change the value afterwards
      const text = JSON.stringify(value) as string | undefined
      if (text === undefined) return
      const json = options.ascii === false ? text : asciiJson(text)
      if (json.length <= BLOB_SIZE) pending.set(id, json)
      else if (writeWhole(blobFile(id), json)) pending.set(id, BLOB)
      used.add(id)
    },
    async flush(): Promise<void> {
      for (const shelf of shelves.values()) await shelf.flush()
      files?.save()
      if (!dir || pending.size === 0) return
      if (!scanned) scan()
      const written = [...pending]
      pending.clear()
      if (!writePack(written.map(([id, json]) => `${id}\t${json}\n`))) return
      stats.writes += written.length
      // after an upgrade, the first run that writes leaves one pack without the old build's entries
      if (options.compact !== false && (packs.size > MAX_PACKS || stalePacks > 0)) merge()
    },
    refresh(): boolean {
      let found = false
      for (const shelf of shelves.values()) found = shelf.refresh() || found
      return dir && (scanned || !options.lazy) ? scan() || found : found
    },
    shelf(name: string): Cache {
      let shelf = shelves.get(name)
      const lazy = { ...options, lazy: true, ascii: false }
      if (!shelf) shelves.set(name, (shelf = createCache(dir && path.join(dir, name), lazy)))
      return shelf
    },
    empty(): boolean {
      if (!dir) return true
      if (!scanned) scan()
      return packs.size === 0
    },
  }
}
