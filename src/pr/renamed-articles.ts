/**
 * A pull request that renames an article folder deletes `<old>/index.md` and adds `<new>/index.md`.
 * The publish ledger is kept per folder name and does not follow, so when the old article's slot has
 * passed (it may have been sent) the new article gets a warning (`publish/slug-changed`): publishing
 * it will be blocked (`publish/renamed-after-send`) until the folder is renamed back or the ledger moved.
 * Same title or same slot (the one the old article had on the base branch) is a rename.
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

/** `changed`: the articles this PR changed; `baseText`: a file's text on the base branch. */
export async function reportRenamedArticles(input: {
  changed: readonly Article[]
  deleted: readonly DeletedArticle[]
  baseText: ((file: string) => Promise<string | undefined>) | undefined
  nowMs: number
  timezone: string
}): Promise<void> {
  const passed = input.deleted.filter((d) => d.slot !== null && Date.parse(d.slot) <= input.nowMs)
  if (passed.length === 0 || !input.baseText) return
  for (const article of input.changed) {
    // only an article this PR adds can be a renamed one
    if ((await input.baseText(article.path)) !== undefined) continue
    const title = article.frontmatter.title ? fitText(article.frontmatter.title, LIMITS.title) : null
    const slot = article.slot ? formatLocalIso(article.slot.epochMs, input.timezone) : null
    for (const d of passed) {
      const why =
        title !== null && d.title === title ? 'title' : slot !== null && d.slot === slot ? 'slot' : undefined
      if (!why) continue
      const shown = (d.slot ?? '').slice(0, 16).replace('T', ' ')
      report(
        article.file,
        'warning',
        SLUG_CHANGED,
        'publish',
        msg.slugChanged({ old: d.slug, slug: article.slug, why, slot: shown }),
        {
          place: fieldPosition(article, 'slot'),
          value: d.file,
          hint: msg.slugChangedHint({ old: d.slug, slug: article.slug }),
        },
      )
      break
    }
  }
}
