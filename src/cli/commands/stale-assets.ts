/**
 * `render --out` keeps `<out>/` in step with the content, touching only files wxpress itself wrote.
 * What it wrote is what the previous `<out>/manifest.json` lists: its articles' `<slug>.html` and their
 * `assets/<sha256>.jpg|png`. Nothing else in `<out>/` is ever deleted, whatever its name.
 *
 * - The new manifest merges the previous one: an article not rendered this time (`render a` when `b` was
 *   rendered before) keeps its entry as it was, as long as the article still exists and its HTML and
 *   images are still in `<out>/`. A full render rewrites every entry.
 * - A previous entry that is not in the new manifest (the article was deleted, or no longer parses) has
 *   its `<slug>.html` deleted.
 * - A previous image that no entry of the new manifest lists any more is deleted.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

/** One article of `manifest.json` (images without their bytes). */
export interface ManifestEntry {
  slug: string
  file: string
  images: { file: string }[]
  cover: { file: string } | null
  [key: string]: unknown
}

const ASSET = /^assets\/[0-9a-f]{64}\.(?:jpg|png)$/
/** A slug is a folder name; its page is `<slug>.html` directly in `<out>/` (never a path elsewhere). */
const isPage = (slug: string, file: string) =>
  slug.length > 0 && !/[/\\]/.test(slug) && slug !== '.' && slug !== '..' && file === `${slug}.html`

/** The files of an entry under `<out>/`: its page and its images. */
export const entryAssets = (entry: ManifestEntry): string[] =>
  [...entry.images, ...(entry.cover ? [entry.cover] : [])].map((i) => i.file)

/**
 * The well-formed entries of the manifest an earlier render wrote (none when it is missing or not a
 * wxpress manifest). An entry naming a file wxpress would not write is ignored, so a hand-edited
 * manifest can never make a render delete anything outside `<slug>.html` and `assets/<sha256>.<ext>`.
 */
export function readPreviousManifest(outDir: string): ManifestEntry[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8'))
  } catch {
    return []
  }
  if (!isObject(parsed) || parsed.version !== 1 || !Array.isArray(parsed.articles)) return []
  const entries: ManifestEntry[] = []
  const seen = new Set<string>()
  for (const raw of parsed.articles as unknown[]) {
    if (!isObject(raw)) continue
    const { slug, file, images, cover } = raw
    if (typeof slug !== 'string' || typeof file !== 'string' || !isPage(slug, file) || seen.has(slug))
      continue
    if (
      !Array.isArray(images) ||
      !images.every(isImage) ||
      !(cover === null || cover === undefined || isImage(cover))
    )
      continue
    seen.add(slug)
    entries.push({ ...raw, slug, file, images, cover: cover ?? null } as ManifestEntry)
  }
  return entries
}

export interface MergeResult {
  /** The new manifest's entries, sorted by slug. */
  articles: ManifestEntry[]
  /** Pages (`<slug>.html`) and images (`assets/…`) to delete: previously written, no longer listed. */
  stale: { pages: string[]; assets: string[] }
}

/**
 * Merges the entries rendered now into the previous manifest. `rendered` holds the slugs this run
 * tried to render (its entries are replaced, or dropped when the article no longer renders);
 * `existing` holds every slug in the content folder now.
 */
export function mergeManifest(
  outDir: string,
  previous: readonly ManifestEntry[],
  current: readonly ManifestEntry[],
  rendered: ReadonlySet<string>,
  existing: ReadonlySet<string>,
): MergeResult {
  const bySlug = new Map<string, ManifestEntry>()
  for (const entry of previous) {
    if (rendered.has(entry.slug) || !existing.has(entry.slug)) continue
    // carried over only while it is still whole: its page and images are still there
    if ([entry.file, ...entryAssets(entry)].every((f) => existsSync(path.join(outDir, f))))
      bySlug.set(entry.slug, entry)
  }
  for (const entry of current) bySlug.set(entry.slug, entry)
  const articles = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  const listedPages = new Set(articles.map((a) => a.file))
  const listedAssets = new Set(articles.flatMap(entryAssets))
  const pages = new Set<string>()
  const assets = new Set<string>()
  for (const entry of previous) {
    if (!listedPages.has(entry.file)) pages.add(entry.file)
    for (const file of entryAssets(entry)) if (!listedAssets.has(file)) assets.add(file)
  }
  return { articles, stale: { pages: [...pages].sort(), assets: [...assets].sort() } }
}

/** Deletes `files` (paths under `outDir`); a file already gone or read-only is left. Returns those removed. */
export function removeFiles(outDir: string, files: readonly string[]): string[] {
  const removed: string[] = []
  for (const file of files) {
    const target = path.join(outDir, file)
    if (!existsSync(target)) continue
    try {
      rmSync(target)
      removed.push(file)
    } catch {
      // read-only: leave it
    }
  }
  return removed
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isImage = (v: unknown): v is { file: string } =>
  isObject(v) && typeof v.file === 'string' && ASSET.test(v.file)
