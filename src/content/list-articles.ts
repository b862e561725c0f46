/**
 * Finds the articles of a site: every `<content>/<slug>/index.md`. Other files (a README, drafts
 * outside a slug folder) are ignored. A slug folder that is a symbolic link to a folder is listed too:
 * loading it follows the link when it stays inside the site and reports it (`content/outside-root`)
 * when it leaves, never ignores it silently.
 */
import { type Dirent, lstatSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export interface ArticleRef {
  slug: string
  absolutePath: string
}

export async function listArticles(contentDir: string): Promise<ArticleRef[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(contentDir, { withFileTypes: true })
  } catch {
    return []
  }
  const refs: ArticleRef[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    if (!entry.isDirectory() && !(entry.isSymbolicLink() && linksToFolder(path.join(contentDir, entry.name))))
      continue
    const absolutePath = path.join(contentDir, entry.name, 'index.md')
    // a folder without index.md is not an article; one synchronous stat each (no thread-pool round trips).
    // An index.md that is a link, a pipe or a folder is listed: loading it reports it (never reads it)
    try {
      lstatSync(absolutePath)
      refs.push({ slug: entry.name, absolutePath })
    } catch {
      // no index.md (or not readable): not an article
    }
  }
  return refs.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}

/** A symbolic link whose target is a folder (a broken link is no article folder). */
function linksToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory()
  } catch {
    return false
  }
}
