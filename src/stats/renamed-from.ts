/**
 * For `stats`: the old slug of an article whose folder was renamed after its push was sent, found as
 * `publish` finds it (`publish/renamed-after-send`: an orphaned ledger with the same content hash,
 * title or slot). Its ledger must be moved, never rebuilt: publish blocks the push until it is.
 */
import path from 'node:path'
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { createLedger, type LedgerEntry } from '../publish/ledger.js'
import { orphanLedgers, sameArticle } from '../publish/renamed-after-send.js'

export function renamedFrom(site: {
  root: string
  config: Config
  articles: readonly Article[]
}): (article: Article) => Promise<string | undefined> {
  let orphans: Promise<LedgerEntry[]> | undefined
  return async (article) => {
    const ledger = createLedger(path.join(site.root, '.wxpress', 'state'))
    orphans ??= orphanLedgers(ledger, new Set(site.articles.map((a) => a.slug)))
    const match = (await orphans).find((entry) => sameArticle(article, entry, { config: site.config }))
    return match?.slug
  }
}
