/**
 * Writes what `wxpress render` produces into `<out>/`: pages and images as soon as each article is
 * rendered, leaving unchanged files alone and noting files it overwrote that no earlier render wrote.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RenderResult } from '../../render/renderer.js'
import { entryAssets, type ManifestEntry } from './stale-assets.js'

export interface RenderWriter {
  /** Writes `data` to `<out>/<file>` unless a write already failed. */
  write(file: string, data: string | Uint8Array): void
  /** Writes an article's page and the images not written yet. */
  onRendered(slug: string, result: RenderResult): void
  /** The first write that failed. */
  failure(): Error | undefined
  /** Files (relative to `<out>`) that held something else and no earlier render wrote. */
  overwritten: string[]
}

export function createRenderWriter(out: string, previous: readonly ManifestEntry[]): RenderWriter {
  // each article is written as soon as it is rendered (synchronously: the thread pool would only get
  // to thousands of small writes when this thread yields, in practice at the end); the first failure is kept
  let failure: Error | undefined
  // a file already in <out>/ that no earlier render wrote is someone's own: the page or image must still
  // be written (the manifest and the CI rely on <slug>.html), but not silently; once listed, it is wxpress's
  const ours = new Set(['manifest.json', ...previous.flatMap((e) => [e.file, ...entryAssets(e)])])
  const overwritten: string[] = []
  // each folder is listed once: a file that is not there is written without trying to read it first
  const listed = new Map<string, Set<string>>()
  const present = (target: string) => {
    const dir = path.dirname(target)
    let names = listed.get(dir)
    if (!names) listed.set(dir, (names = new Set(list(dir))))
    return names
  }
  const write = (file: string, data: string | Uint8Array) => {
    const target = path.join(out, file)
    try {
      if (failure) return
      // an unchanged file is left alone (reading it is far cheaper than rewriting it, and its mtime stays)
      const names = present(target)
      const found = names.has(path.basename(target)) ? holds(target, data) : 'absent'
      if (found === 'same') return
      if (found === 'other' && !ours.has(file)) overwritten.push(file)
      writeFileSync(target, data)
      names.add(path.basename(target))
    } catch (error) {
      failure = error as Error
    }
  }
  const assets = new Set<string>()
  const onRendered = (slug: string, result: RenderResult) => {
    if (!result.html) return
    write(`${slug}.html`, result.html)
    for (const image of [...result.images, ...(result.cover ? [result.cover] : [])]) {
      if (assets.has(image.file)) continue
      assets.add(image.file)
      write(image.file, image.data)
    }
  }
  return { write, onRendered, failure: () => failure, overwritten }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Whether `target` holds exactly `data`, something else, or is absent. */
function holds(target: string, data: string | Uint8Array): 'same' | 'other' | 'absent' {
  let existing: Buffer
  try {
    existing = readFileSync(target)
  } catch {
    return 'absent'
  }
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  return existing.equals(bytes) ? 'same' : 'other'
}
