/**
 * A check's name for a photo it reads only the header of. What a check reports about an image that
 * is uploaded as it is (JPEG/PNG ≤ 1 MB) depends on its header (format, pixel size) and byte size
 * only; its sha256 names it in the HTML (`assets/<hash>.jpg`) and on upload, which a check neither
 * writes nor does. So a check reads the first bytes and the stat and names the image by a stand-in:
 * the hash of its site-relative path and stat, as long as the file is older than the racy second
 * (as the file record, `file-hashes.ts`: any later change gives it another stat). Its cached render
 * depends on that stat (`stat:` dependencies); a render that restores it reads and hashes the file
 * then (`ImageStore.resolve`) and swaps the stand-in names of the HTML for the final ones, which have
 * the same length (the measured size holds).
 */
import { readFileSync, statSync, type Stats } from 'node:fs'
import type { FileHashes } from '../cache/file-hashes.js'
import { isRemote, resolveAsset } from '../content/resolve-asset.js'
import { sha256 } from '../cache/file-hashes.js'
import { readImageHeader, usableAsIs } from './image-header.js'
import type { PlannedImage } from './planned-image.js'
import type { ImageSource } from './read-image-source.js'

/** How much of a photo a check reads: its header (JPEG metadata segments come first). */
export const HEAD_BYTES = 64 * 1024
const STAT = 'stat:'

/** A dependency on the stat of a file (`stat:size:mtime:ctime:inode`) rather than on its bytes. */
export const statDep = (stats: Stats) => `${STAT}${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`

/** A dependency on a file being absent (an image not found): adding it changes the render. */
const ABSENT = `${STAT}absent`

/** Whether the dependency `hash` still holds for `file`, when it is a stat; undefined when it is a sha256. */
export function statDepHolds(file: string, hash: string): boolean | undefined {
  if (!hash.startsWith(STAT)) return undefined
  try {
    const stats = statSync(file)
    return stats.isFile() && statDep(stats) === hash
  } catch (error) {
    return hash === ABSENT && (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
}

/** The dependency of a render on the local image `ref` when it is not found, else none. */
export function absentDeps(dir: string, ref: string): { path: string; hash: string }[] {
  const resolved = isRemote(ref) ? undefined : resolveAsset(dir, ref)
  if (!resolved?.ok) return []
  try {
    statSync(resolved.absolute)
    return []
  } catch (error) {
    const absent = (error as NodeJS.ErrnoException).code === 'ENOENT'
    return absent ? [{ path: resolved.relative, hash: ABSENT }] : []
  }
}

/** The stand-in of the image at `source` (site-relative) with this stat: 64 hex digits, as a sha256. */
export const standInHash = (source: string, stats: Stats) =>
  sha256(`wxpress-stand-in\0${source}\0${statDep(stats)}`)

/**
 * The planned image of a local photo from the first bytes of the file (`read.partial`), with its
 * dependency: by its recorded hash when the file record knows the stat, else by a stand-in. Undefined
 * when the whole file is needed (a conversion, no header in the first bytes, a file changed just now).
 */
export function plannedFromHeader(
  read: ImageSource,
  files: FileHashes,
  maxBytes: number,
): { image: PlannedImage; dep: { path: string; hash: string } } | undefined {
  const local = read.local
  if (!local) return undefined
  const { size } = local.stats
  const header = readImageHeader(read.bytes)
  if (!header || !usableAsIs(header, size, maxBytes)) return undefined
  const known = files.known(local.absolute, local.stats)
  // a file changed moments before the run gets no stand-in (the file record's racy rule)
  if (known === undefined && !files.settled(local.stats)) return undefined
  const hash = known ?? standInHash(read.source, local.stats)
  const png = header.format === 'png'
  const image: PlannedImage = {
    hash,
    file: `assets/${hash}.${png ? 'png' : 'jpg'}`,
    source: read.source,
    kind: 'body',
    mime: png ? 'image/png' : 'image/jpeg',
    bytes: size,
    width: header.width,
    height: header.height,
    data: new Uint8Array(0),
    transformed: false,
  }
  if (known === undefined) image.deferred = true
  return { image, dep: { path: local.path, hash: known ?? statDep(local.stats) } }
}

/**
 * The photo a stand-in named, by its sha256 now (`file` still has the stat the stand-in was made
 * from), with its bytes when they had to be read; undefined when the file changed since.
 */
export function resolveStandIn(
  meta: Omit<PlannedImage, 'data'>,
  file: string,
  files: FileHashes,
): { image: PlannedImage; bytes: Uint8Array | undefined } | undefined {
  let hash: string | undefined
  let bytes: Uint8Array | undefined
  try {
    const stats = statSync(file)
    if (!stats.isFile() || standInHash(meta.source, stats) !== meta.hash) return undefined
    hash = files.known(file, stats)
    if (hash === undefined) {
      bytes = readFileSync(file)
      hash = files.record(file, stats, bytes)
    }
  } catch {
    return undefined
  }
  const { deferred: _deferred, note: _note, ...rest } = meta
  const ext = meta.mime === 'image/png' ? 'png' : 'jpg'
  return { image: { ...rest, hash, file: `assets/${hash}.${ext}`, data: new Uint8Array(0) }, bytes }
}
