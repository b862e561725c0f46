/**
 * Finds the articles of a site: every `<content>/<slug>/index.md`. Other files (a README, drafts
 * outside a slug folder) are ignored. A slug folder that is a symbolic link to a folder is listed too:
 * loading it follows the link when it stays inside the site and reports it (`content/outside-root`)
 * when it leaves, never ignores it silently. A link that reaches the same folder as another slug
 * (`content/b -> a`, or two links to one folder) is marked `sameAs` that slug: loading reports it
 * (`content/duplicate-folder`) instead of reading one article under two slugs. A slug folder whose
 * only article file is named otherwise than in lowercase (`index.MD`, `Index.md`) is no article, but
 * is named in `misnamed` (`content/index-name`): a case-insensitive disk would read it.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export interface ArticleRef {
  slug: string
  absolutePath: string
  /** This slug folder is a symbolic link to the same folder as the listed slug `sameAs`. */
  sameAs?: string
}

/** A slug folder without `index.md` that has an `index.md` in other letter case (`name`). */
export interface MisnamedIndex {
  slug: string
  name: string
}

export async function listArticles(contentDir: string, misnamed?: MisnamedIndex[]): Promise<ArticleRef[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(contentDir, { withFileTypes: true })
  } catch {
    return []
  }
  const refs: ArticleRef[] = []
  const links = new Set<string>()
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const link = entry.isSymbolicLink()
    if (!entry.isDirectory() && !(link && linksToFolder(path.join(contentDir, entry.name)))) continue
    const absolutePath = path.join(contentDir, entry.name, 'index.md')
    // a folder without index.md is not an article; one synchronous stat each (no thread-pool round trips).
    // An index.md that is a link, a pipe or a folder is listed: loading it reports it (never reads it)
    try {
      lstatSync(absolutePath)
      refs.push({ slug: entry.name, absolutePath })
      if (link) links.add(entry.name)
    } catch {
      // no index.md (or not readable): not an article, unless it is there in capitals
      const name = misnamed && caseVariant(path.join(contentDir, entry.name))
      if (name) misnamed.push({ slug: entry.name, name })
    }
  }
  refs.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  if (links.size > 0) markSameFolders(contentDir, refs, links)
  return refs
}

/**
 * Marks every linked slug folder that reaches the same real folder as another listed slug with
 * `sameAs`: the slug kept is the real folder when it is listed (a link never stands for it), else the
 * first link by slug. Only links are resolved: a plain folder is itself, unlike any other plain folder.
 */
function markSameFolders(contentDir: string, refs: ArticleRef[], links: ReadonlySet<string>): void {
  const real = (folder: string) => {
    try {
      return realpathSync(folder)
    } catch {
      return undefined // gone meanwhile: loading it says why
    }
  }
  const realContent = real(contentDir) ?? contentDir
  const kept = new Map<string, string>()
  for (const ref of refs) if (!links.has(ref.slug)) kept.set(path.join(realContent, ref.slug), ref.slug)
  for (const ref of refs) {
    if (!links.has(ref.slug)) continue
    const target = real(path.join(contentDir, ref.slug))
    if (target === undefined) continue
    const first = kept.get(target)
    if (first === undefined) kept.set(target, ref.slug)
    else ref.sameAs = first
  }
}

/** A symbolic link whose target is a folder (a broken link is no article folder). */
function linksToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory()
  } catch {
    return false
  }
}

/** The name of a file `index.md` in other letter case in `folder`, if there is one. */
function caseVariant(folder: string): string | undefined {
  try {
    return readdirSync(folder).find((name) => name !== 'index.md' && name.toLowerCase() === 'index.md')
  } catch {
    return undefined
  }
}
