/**
 * Reads the PR artifact as untrusted data: only regular files (never a symlink, never a path that
 * leaves the folder), size caps, `report.json` validated by the schema, images only where pr-check
 * puts them and only when their bytes are PNG or JPEG. Image problems are notes, not failures.
 */
import { constants } from 'node:fs'
import { type FileHandle, open, realpath } from 'node:fs/promises'
import path from 'node:path'
import { parseReport, type PrReport } from '../report-schema.js'

export const MAX_REPORT_BYTES = 32 * 1024 * 1024
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES_BYTES = 100 * 1024 * 1024

export interface ArtifactImage {
  /** Artifact-relative path, e.g. `screenshots/a.png`. */
  path: string
  data: Buffer
}

export interface Artifact {
  report: PrReport
  /** By slug. */
  screenshots: Map<string, ArtifactImage>
  covers: Map<string, ArtifactImage>
  /** Files that were skipped, with the reason. */
  notes: string[]
}

type Read = { ok: true; data: Buffer } | { ok: false; reason: string }

/** Reads `rel` inside `root` (a real path) if it is a regular file of at most `max` bytes. */
async function readInside(root: string, rel: string, max: number): Promise<Read> {
  const full = path.resolve(root, rel)
  const inside = (p: string) => p === root || p.startsWith(root + path.sep)
  if (!inside(full)) return { ok: false, reason: 'is outside the artifact' }
  let parent: string
  try {
    parent = await realpath(path.dirname(full))
  } catch {
    return { ok: false, reason: 'is missing' }
  }
  if (!inside(parent)) return { ok: false, reason: 'is behind a symbolic link leaving the artifact' }
  let handle: FileHandle
  try {
    handle = await open(path.join(parent, path.basename(full)), constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      reason:
        code === 'ELOOP'
          ? 'is a symbolic link'
          : code === 'ENOENT'
            ? 'is missing'
            : `cannot be read (${code})`,
    }
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' }
    if (stat.size > max) return { ok: false, reason: `is larger than ${max} bytes` }
    const data = Buffer.alloc(stat.size)
    const { bytesRead } = await handle.read(data, 0, stat.size, 0)
    return { ok: true, data: data.subarray(0, bytesRead) }
  } finally {
    await handle.close()
  }
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
export const isPng = (b: Buffer) => b.subarray(0, 8).equals(PNG)
export const isJpeg = (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff

export async function readArtifact(
  dir: string,
): Promise<{ ok: true; artifact: Artifact } | { ok: false; error: string }> {
  let root: string
  try {
    root = await realpath(dir)
  } catch {
    return { ok: false, error: `the artifact folder ${dir} does not exist` }
  }
  const raw = await readInside(root, 'report.json', MAX_REPORT_BYTES)
  if (!raw.ok) return { ok: false, error: `${dir}/report.json ${raw.reason}` }
  let json: unknown
  try {
    json = JSON.parse(raw.data.toString('utf8'))
  } catch (error) {
    return { ok: false, error: `${dir}/report.json is not JSON (${(error as Error).message})` }
  }
  const parsed = parseReport(json)
  if (!parsed.ok)
    return {
      ok: false,
      error: `${dir}/report.json does not match the artifact schema: ${parsed.problems.join('; ')}`,
    }
  const artifact: Artifact = { report: parsed.report, screenshots: new Map(), covers: new Map(), notes: [] }
  let total = 0
  const take = async (
    slug: string,
    rel: string | undefined,
    wanted: RegExp,
    into: Map<string, ArtifactImage>,
  ) => {
    if (rel === undefined) return
    if (!wanted.test(rel))
      return void artifact.notes.push(`${rel}: not where pr-check puts images of ${slug}; skipped`)
    const file = await readInside(root, rel, MAX_IMAGE_BYTES)
    if (!file.ok) return void artifact.notes.push(`${rel} ${file.reason}; skipped`)
    if (!(isPng(file.data) || (rel.endsWith('.jpg') || rel.endsWith('.jpeg') ? isJpeg(file.data) : false))) {
      return void artifact.notes.push(`${rel}: not a PNG or JPEG image; skipped`)
    }
    if (total + file.data.length > MAX_IMAGES_BYTES)
      return void artifact.notes.push(`${rel}: image budget used up; skipped`)
    total += file.data.length
    into.set(slug, { path: rel, data: file.data })
  }
  for (const a of parsed.report.articles) {
    const s = a.slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await take(a.slug, a.screenshot, new RegExp(`^screenshots/${s}\\.png$`), artifact.screenshots)
    await take(a.slug, a.cover, new RegExp(`^covers/${s}\\.(?:png|jpe?g)$`), artifact.covers)
  }
  return { ok: true, artifact }
}
