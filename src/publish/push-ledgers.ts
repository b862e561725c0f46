/**
 * The ledgers of one push as publish sees them: entries, or unreadable files (reported on their
 * article, which blocks the push); and the checks on a push already sent (edited since? ids missing?).
 */
import { fieldPosition, type Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { publishMessages } from '../i18n/messages/publish.js'
import type { Push } from '../schedule/push.js'
import { buildDraftArticle } from './build-draft.js'
import type { Ledger, LedgerEntry } from './ledger.js'
import { LEDGER_UNREADABLE, ledgerHint, reportLedgerUnreadable } from './ledger-diagnostic.js'
import type { RenderResult } from '../render/renderer.js'
import type { BlockReason } from './push-result.js'

const { msg } = publishMessages

export async function readPushLedgers(
  ledger: Ledger,
  articles: readonly Article[],
  locale: Locale = 'en',
): Promise<{ entries: (LedgerEntry | undefined)[]; unreadable: BlockReason[] }> {
  const entries: (LedgerEntry | undefined)[] = []
  const unreadable: BlockReason[] = []
  for (const article of articles) {
    const found = await ledger.inspect(article.slug)
    if (found.status === 'unreadable') {
      reportLedgerUnreadable(article, found)
      const text = msg.ledgerUnreadableReason({ file: found.file, problem: found.problem })
      const hint = ledgerHint(article, found)
      unreadable.push({ file: article.path, ruleId: LEDGER_UNREADABLE, message: t(locale, text), text, hint })
    }
    entries.push(found.status === 'ok' ? found.entry : undefined)
  }
  return { entries, unreadable }
}

/** A push already sent: warns when an article was edited since, or its ledger lacks what stats need. */
export async function checkSentPush(
  input: { renders: ReadonlyMap<string, RenderResult> },
  push: Push,
  articles: readonly Article[],
  entries: (LedgerEntry | undefined)[],
): Promise<string> {
  let edited = 0
  for (const [i, a] of articles.entries()) {
    const entry = entries[i]
    const render = input.renders.get(a.slug)
    if (!entry) continue
    if (entry.contentHash && render) {
      const single = push.articles.length === 1
      const draft = { article: a, render, imageUrls: new Map<string, string>(), thumbMediaId: '', single }
      const { hash } = buildDraftArticle(draft)
      if (hash !== entry.contentHash) {
        edited++
        report(a.file, 'warning', 'publish/immutable', 'publish', msg.immutable({ slug: a.slug }), {
          place: fieldPosition(a, 'slot'),
          hint: msg.immutableHint(),
        })
      }
    }
    // after 45065 WeChat gives no msg_data_id: nothing to add, so no warning every run (stats says so)
    const msgDataId = entry.msgDataId || entry.confirmedBy ? 0 : 1
    const url = entry.mode === 'publish' && !entry.articleUrl ? 1 : 0
    if (msgDataId || url) {
      report(
        a.file,
        'warning',
        'publish/ledger-incomplete',
        'publish',
        msg.ledgerIncomplete({ slug: a.slug, msgDataId, url }),
        {
          place: fieldPosition(a, 'slot'),
          value: `.wxpress/state/${a.slug}.json`,
          hint: msg.ledgerIncompleteHint(),
        },
      )
    }
  }
  return edited > 0 ? ' (edited since: not re-sent)' : ''
}
