/**
 * Where the trusted half puts the preview images so that they display in the comment for fork PRs
 * too: the branch `wxpress-previews`, folder `pr-<number>/<headSha>/`, linked through the web host's
 * `raw` URL. Folders of pull requests that are no longer open are pruned in the same commit.
 */
import { createHash } from 'node:crypto'
import type { Artifact } from './read-artifact.js'
import { urlPath, urlSegment } from './escape-markdown.js'
import type { ArticleImages } from './comment-article.js'

export const PREVIEWS_BRANCH = 'wxpress-previews'

export interface PreviewFile {
  /** Path in the branch. */
  path: string
  data: Buffer
}

export const prFolder = (pr: number) => `pr-${pr}`

/** The images of the artifact as files of the previews branch. */
export function previewFiles(artifact: Artifact, pr: number): PreviewFile[] {
  const base = `${prFolder(pr)}/${artifact.report.pr.headSha}`
  const files: PreviewFile[] = []
  for (const [slug, image] of artifact.screenshots)
    files.push({ path: `${base}/screenshots/${slug}.png`, data: image.data })
  for (const [slug, image] of artifact.covers) {
    files.push({
      path: `${base}/covers/${slug}${image.path.slice(image.path.lastIndexOf('.'))}`,
      data: image.data,
    })
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1))
}

/** `{server}/{owner}/{repo}/raw/{branch}/{path}` — works for private repositories for signed-in readers. */
export function rawUrl(web: string, branch: string, path: string): string {
  return `${web}/raw/${urlSegment(branch)}/${urlPath(path)}`
}

/** Image URLs per slug for the comment, from the published files. */
export function previewImages(artifact: Artifact, pr: number, web: string): Map<string, ArticleImages> {
  const base = `${prFolder(pr)}/${artifact.report.pr.headSha}`
  const out = new Map<string, ArticleImages>()
  for (const a of artifact.report.articles) {
    const shot = artifact.screenshots.get(a.slug)
    const cover = artifact.covers.get(a.slug)
    if (!shot && !cover) continue
    out.set(a.slug, {
      ...(shot ? { screenshot: rawUrl(web, PREVIEWS_BRANCH, `${base}/screenshots/${a.slug}.png`) } : {}),
      ...(cover
        ? {
            cover: rawUrl(
              web,
              PREVIEWS_BRANCH,
              `${base}/covers/${a.slug}${cover.path.slice(cover.path.lastIndexOf('.'))}`,
            ),
          }
        : {}),
    })
  }
  return out
}

/** The git blob sha of `data` (as `git hash-object`), to see which files the branch already has. */
export function gitBlobSha(data: Buffer): string {
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex')
}

/** Top-level entries of the branch to keep: everything but folders of pull requests not open, and ours. */
export function keptEntries<T extends { path: string }>(
  entries: readonly T[],
  open: ReadonlySet<number>,
  pr: number,
): T[] {
  return entries.filter((e) => {
    const m = /^pr-(\d+)$/.exec(e.path)
    return !m || (Number(m[1]) !== pr && open.has(Number(m[1])))
  })
}
