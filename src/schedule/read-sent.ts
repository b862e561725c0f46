/**
 * Reads which articles the publish ledger (`.wxpress/state/<slug>.json`) marks as sent, and the
 * cover sizes the schedule checks need. Missing or broken files count as not sent.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Article } from '../content/article.js'
import { readImageSize } from '../render/image-header.js'
import { inspectFile } from '../content/safe-file.js'

export async function readSent(root: string, slugs: readonly string[]): Promise<Set<string>> {
  const sent = new Set<string>()
  const present = new Set(await readdir(path.join(root, '.wxpress', 'state')).catch(() => [] as string[]))
  await Promise.all(
    slugs.filter((slug) => present.has(`${slug}.json`)).map(async (slug) => {
      const file = path.join(root, '.wxpress', 'state', `${slug}.json`)
      // a pipe or a link out of the site (a hostile PR) is never opened: it would block or leak
      if (inspectFile(file, root)) return
      try {
        const entry = JSON.parse(await readFile(file, 'utf8')) as { state?: string }
        if (entry.state === 'sent') sent.add(slug)
      } catch {
        // not published yet
      }
    }),
  )
  return sent
}

export async function readCoverSizes(articles: readonly Article[]): Promise<Map<string, { width: number; height: number }>> {
  const sizes = new Map<string, { width: number; height: number }>()
  await Promise.all(
    articles.map(async (a) => {
      if (!a.coverPath || !a.slot) return
      const size = await readImageSize(a.coverPath)
      if (size) sizes.set(a.slug, size)
    }),
  )
  return sizes
}
