/**
 * Reads which articles the publish ledger (`.wxpress/state/<slug>.json`) marks as sent, and the
 * cover sizes the schedule checks need. Only a missing file means "not sent": a ledger that cannot be
 * read is an error on its article (which blocks its push), never "not sent yet". A scheduled article
 * without a ledger that matches the ledger of a vanished folder is blocked too (renamed-after-send):
 * those slugs are returned as `renamed`, so the schedule does not also call them "never sent"; the
 * slugs whose ledger cannot be read, or records an interrupted send (`sending`), are returned as
 * `unknown` (whether they were sent is not known).
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Article } from '../content/article.js'
import { createLedger } from './ledger.js'
import { reportLedgerUnreadable } from './ledger-diagnostic.js'
import { reportRenamedAfterSend, type RenameContext } from './renamed-after-send.js'
import { readImageSize } from '../render/read-image-size.js'

/** Where ledgers are read from when not `.wxpress/state` (a snapshot of the state branch), and its name. */
export interface LedgerSource {
  dir: string
  shown: string
}

export async function readSent(
  root: string,
  articles: readonly Article[],
  context?: RenameContext,
  source?: LedgerSource,
): Promise<{ sent: Set<string>; renamed: Set<string>; unknown: Set<string> }> {
  const sent = new Set<string>()
  const unknown = new Set<string>()
  let renamed = new Set<string>()
  const unledgered: Article[] = []
  const ledger = source
    ? createLedger(source.dir, source.shown)
    : createLedger(path.join(root, '.wxpress', 'state'))
  // one listing instead of a thousand failed opens when few articles were ever pushed
  const present = listing(ledger.dir)
  await Promise.all(
    articles.map(async (article) => {
      if (present && !present.has(`${article.slug}.json`)) return void unledgered.push(article)
      const found = await ledger.inspect(article.slug)
      if (found.status === 'unreadable') {
        reportLedgerUnreadable(article, found)
        unknown.add(article.slug)
      } else if (found.status === 'ok' && found.entry.state === 'sent') sent.add(article.slug)
      // an interrupted send may have gone out: publish asks WeChat before anything else
      else if (found.status === 'ok' && found.entry.state === 'sending') unknown.add(article.slug)
      // a `mode: draft` push is done once its draft is made: no "past its slot, never sent" for it
      else if (found.status === 'ok' && found.entry.mode === 'draft' && found.entry.draftMediaId)
        unknown.add(article.slug)
      else if (found.status === 'missing') unledgered.push(article)
    }),
  )
  // only when the ledger folder is there (state pulled) and something has none
  if (context && present?.size !== 0 && unledgered.length > 0) {
    renamed = await reportRenamedAfterSend(ledger, articles, unledgered, context)
  }
  return { sent, renamed, unknown }
}

export async function readCoverSizes(
  articles: readonly Article[],
): Promise<Map<string, { width: number; height: number }>> {
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

/** The names in `dir`: empty when it does not exist, undefined when it cannot be listed (each file is tried). */
function listing(dir: string): Set<string> | undefined {
  try {
    return new Set(readdirSync(dir))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Set() : undefined
  }
}
