/**
 * The articles a pull request deletes, as the reviewer should see them: the title and the slot they
 * had on the base branch (a deleted article cancels its planned push).
 */
import path from 'node:path'
import { articleFromText } from '../content/article-from-text.js'
import { blankArticle } from '../content/blank-article.js'
import { formatLocalIso } from '../core/date-time.js'
import { VFile } from '../core/vfile.js'
import type { Site } from '../site/load-site.js'
import { fitText, isArtifactSlug } from './fit-report.js'
import { LIMITS } from './report-schema.js'

export interface DeletedArticle {
  slug: string
  file: string
  title: string | null
  slot: string | null
}

/** `baseText(file)`: the file's text on the base branch, if it can be read. */
export async function deletedArticles(
  site: Site,
  slugs: readonly string[],
  baseText: ((file: string) => Promise<string | undefined>) | undefined,
): Promise<DeletedArticle[]> {
  const contentDir = path.relative(site.root, site.contentDir).split(path.sep).join('/')
  const out: DeletedArticle[] = []
  for (const slug of slugs.filter(isArtifactSlug).slice(0, LIMITS.articles)) {
    const file = contentDir ? `${contentDir}/${slug}/index.md` : `${slug}/index.md`
    const text = await baseText?.(file)
    if (text === undefined) {
      out.push({ slug, file, title: null, slot: null })
      continue
    }
    const where = { slug, path: file, dir: path.join(site.contentDir, slug) }
    const base = blankArticle({ ...where, file: new VFile({ path: file, cwd: site.root }) })
    const article = articleFromText(base, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), site.config)
    const title = article.frontmatter.title
    out.push({
      slug,
      file,
      title: typeof title === 'string' && title ? fitText(title, LIMITS.title) : null,
      slot: article.slot ? formatLocalIso(article.slot.epochMs, site.config.timezone) : null,
    })
  }
  return out
}
