/**
 * The publish ledger is keyed by slug (the article's folder name), so an article whose folder is
 * renamed after it was sent looks new. A scheduled article without a ledger is compared with the
 * "orphaned" ledgers — those of slugs that are no article any more and that reached a send (`sending`,
 * `sent`, or failed after sending): the same content hash, the same title or the same slot on the
 * same account is enough. A match is an error on the article (`publish/renamed-after-send`), which
 * blocks its push: an ambiguity blocks, it never sends twice. An orphan matching nothing changes nothing.
 */
import type { Config } from '../config/schema.js'
import { fieldPosition, type Article } from '../content/article.js'
import { formatLocalIso } from '../core/date-time.js'
import { report } from '../diagnostics/diagnostic.js'
import { publishRenamedMessages } from '../i18n/messages/publish-renamed.js'
import type { RenderResult } from '../render/renderer.js'
import { accountOf } from '../schedule/group-pushes.js'
import { buildDraftArticle } from './build-draft.js'
import { readableLedgers, type Ledger, type LedgerEntry } from './ledger.js'

const { msg } = publishRenamedMessages

export const RENAMED_AFTER_SEND = 'publish/renamed-after-send'

type Why = 'content' | 'title' | 'slot'

export interface RenameContext {
  config: Config
  /** Renders by slug: with their HTML, the content hash can be compared. */
  renders?: ReadonlyMap<string, RenderResult> | undefined
}

const sendAttempted = (e: LedgerEntry) =>
  e.state === 'sending' ||
  e.state === 'sent' ||
  e.timestamps.sending !== undefined ||
  e.timestamps.sent !== undefined

/** Readable ledgers of slugs that are no article of the site and that reached a send. */
export async function orphanLedgers(ledger: Ledger, slugs: ReadonlySet<string>): Promise<LedgerEntry[]> {
  return (await vanishedLedgers(ledger, slugs)).filter(sendAttempted)
}

/** Readable ledgers of slugs that are no article of the site whose draft waits in WeChat's draft box. */
export async function leftoverDrafts(ledger: Ledger, slugs: ReadonlySet<string>): Promise<LedgerEntry[]> {
  return (await vanishedLedgers(ledger, slugs)).filter(
    (e) => (e.state === 'drafted' || e.state === 'failed') && e.draftMediaId,
  )
}

/** Readable ledgers of slugs that are no article of the site. */
const vanishedLedgers = (ledger: Ledger, slugs: ReadonlySet<string>) => readableLedgers(ledger, slugs)

/** Why `entry` (an orphan) is most likely `article` under its old name, or undefined. */
export function sameArticle(article: Article, entry: LedgerEntry, context: RenameContext): Why | undefined {
  const render = context.renders?.get(article.slug)
  if (entry.contentHash && render?.html) {
    for (const single of [true, false]) {
      const draft = { article, render, imageUrls: new Map<string, string>(), thumbMediaId: '', single }
      if (buildDraftArticle(draft).hash === entry.contentHash) return 'content'
    }
  }
  const title = article.frontmatter.title ?? article.slug
  const titles = entry.draftTitles ?? []
  const own = entry.draftIndex !== undefined ? titles[entry.draftIndex] === title : titles.includes(title)
  if (own) return 'title'
  const at = entry.pushId?.lastIndexOf('@') ?? -1
  if (article.slot && entry.pushId && at > 0) {
    const account = entry.pushId.slice(0, at)
    const slotMs = Date.parse(entry.pushId.slice(at + 1))
    if (account === accountOf(article, context.config) && slotMs === article.slot.epochMs) return 'slot'
  }
  return undefined
}

/**
 * Reports `publish/renamed-after-send` on each of `unledgered` (scheduled articles without a ledger
 * file) that matches an orphaned ledger; `all` is every article of the site. Returns the slugs
 * reported (their push was attempted under the old name: "never sent" would contradict it).
 */
export async function reportRenamedAfterSend(
  ledger: Ledger,
  all: readonly Article[],
  unledgered: readonly Article[],
  context: RenameContext,
): Promise<Set<string>> {
  const blocked = new Set<string>()
  const candidates = unledgered.filter((a) => a.slot)
  if (candidates.length === 0) return blocked
  const orphans = await orphanLedgers(ledger, new Set(all.map((a) => a.slug)))
  if (orphans.length === 0) return blocked
  for (const article of candidates) {
    for (const entry of orphans) {
      const why = sameArticle(article, entry, context)
      if (!why) continue
      const at = entry.sentAt ?? entry.timestamps.sent ?? entry.timestamps.sending
      const ms = at ? Date.parse(at) : Number.NaN
      const when = Number.isNaN(ms)
        ? '?'
        : formatLocalIso(ms, context.config.timezone).slice(0, 16).replace('T', ' ')
      const file = `.wxpress/state/${entry.slug}.json`
      report(
        article.file,
        'error',
        RENAMED_AFTER_SEND,
        'publish',
        msg.renamedAfterSend({ old: entry.slug, state: entry.state, when, why, file }),
        {
          place: fieldPosition(article, 'slot'),
          value: file,
          hint: msg.renamedAfterSendHint({ old: entry.slug, slug: article.slug }),
        },
      )
      blocked.add(article.slug)
      break
    }
  }
  return blocked
}
