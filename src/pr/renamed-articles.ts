/**
 * A pull request that renames an article folder deletes `<old>/index.md` and adds `<new>/index.md`:
 * it is one article whose folder name changed when git sees the file renamed, or when the new article
 * has the title or the slot the old one had on the base branch. The comment shows it as renamed, not
 * as deleted. The publish ledger is kept per folder name and does not follow, so when the old
 * article's slot has passed (it may have been sent) the new article gets a warning
 * (`publish/slug-changed`): publishing it will be blocked (`publish/renamed-after-send`) until the
 * folder is renamed back or the ledger moved.
 */
import { fieldPosition, type Article } from '../content/article.js'
import { formatLocalIso } from '../core/date-time.js'
import { report } from '../diagnostics/diagnostic.js'
import { publishRenamedMessages } from '../i18n/messages/publish-renamed.js'
import type { DeletedArticle } from './deleted-articles.js'
import { fitText } from './fit-report.js'
import { LIMITS } from './report-schema.js'

const { msg } = publishRenamedMessages

export const SLUG_CHANGED = 'publish/slug-changed'

export interface RenamedArticle {
  old: DeletedArticle
  article: Article
  why: 'content' | 'title' | 'slot'
}

/**
 * `changed`: the articles this PR changed; `renames`: the files git sees renamed (`[from, to]`);
 * `baseText`: a file's text on the base branch.
 */
export async function renamedArticles(input: {
  changed: readonly Article[]
  deleted: readonly DeletedArticle[]
  renames: readonly (readonly [string, string])[]
  baseText: ((file: string) => Promise<string | undefined>) | undefined
  timezone: string
}): Promise<RenamedArticle[]> {
  const out: RenamedArticle[] = []
  if (input.deleted.length === 0) return out
  const left = new Set(input.deleted)
  for (const article of input.changed) {
    // only an article this PR adds can be a renamed one
    const from = input.renames.find(([, to]) => to === article.path)?.[0]
    const byGit = from !== undefined ? [...left].find((d) => d.file === from) : undefined
    if (!byGit && (!input.baseText || (await input.baseText(article.path)) !== undefined)) continue
    const title = article.frontmatter.title ? fitText(article.frontmatter.title, LIMITS.title) : null
    const slot = article.slot ? formatLocalIso(article.slot.epochMs, input.timezone) : null
    const why = (d: DeletedArticle) =>
      title !== null && d.title === title ? 'title' : slot !== null && d.slot === slot ? 'slot' : undefined
    const old = byGit ?? [...left].find((d) => why(d) !== undefined)
    if (!old) continue
    left.delete(old)
    out.push({ old, article, why: why(old) ?? 'content' })
  }
  return out
}

/** Warns on each renamed article whose old slot has passed: its ledger (if it was sent) stays behind. */
export function reportSlugChanged(renamed: readonly RenamedArticle[], nowMs: number): void {
  for (const { old, article, why } of renamed) {
    if (old.slot === null || Date.parse(old.slot) > nowMs) continue
    const shown = old.slot.slice(0, 16).replace('T', ' ')
    report(
      article.file,
      'warning',
      SLUG_CHANGED,
      'publish',
      msg.slugChanged({ old: old.slug, slug: article.slug, why, slot: shown }),
      {
        place: fieldPosition(article, 'slot'),
        value: old.file,
        hint: msg.slugChangedHint({ old: old.slug, slug: article.slug }),
      },
    )
  }
}
