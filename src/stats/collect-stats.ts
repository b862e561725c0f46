/**
 * Daily statistics of sent articles: for every article sent in WeChat's 30-day window, ask
 * `datacube/getarticletotaldetail` for the day it was sent, keep each day's raw numbers in
 * `.wxpress/stats/<slug>.json` and derive the totals, rates and trend. Reads the publish ledger,
 * never writes it. A `sent` ledger without `msg_data_id` is reported and the article found anyway.
 */
import type { Article } from '../content/article.js'
import { localDate } from '../core/date-time.js'
import type { WechatClient } from '../publish/wechat-client.js'
import { WechatApiError } from '../publish/wechat-errors.js'
import type { LedgerFacts, LedgerView } from '../state/ledger-view.js'
import { articleStats, lastTrackedDay, type ArticleStats } from './article-stats.js'
import { findArticle, findByPublishedUrl, type DatacubeItem } from './find-article.js'
import { mergeDays } from './merge-days.js'
import type { StatsStore } from './stats-store.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale, Message, Text } from '../i18n/message.js'
import { publishRenamedMessages as renamedMessages } from '../i18n/messages/publish-renamed.js'
import { statsMessages as sm } from '../i18n/messages/stats.js'

export type { ArticleStats } from './article-stats.js'

export interface StatsProblem {
  slug: string
  severity: 'error' | 'warning' | 'info'
  message: string
  hint: string
}

export interface CollectInput {
  articles: readonly Article[]
  ledgerOf: (slug: string) => Promise<LedgerView>
  store: StatsStore
  clientFor: (account: string) => WechatClient
  nowMs: number
  timezone: string
  defaultAccount: string
  /** Language of the problems' message and hint (default `en`). */
  locale?: Locale
  /**
   * The slug whose orphaned ledger this unledgered article matches (`publish/renamed-after-send`):
   * the ledger must then be moved, not rebuilt (publish blocks the push until it is).
   */
  renamedFrom?: (article: Article) => Promise<string | undefined>
}

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

export async function collectStats(
  input: CollectInput,
): Promise<{ rows: ArticleStats[]; problems: StatsProblem[] }> {
  const rows: ArticleStats[] = []
  const problems: StatsProblem[] = []
  const text = (t: Text) => renderText(t, input.locale)
  const problem = (slug: string, severity: StatsProblem['severity'], message: Message, hint: Text) =>
    problems.push({ slug, severity, message: text(message), hint: text(hint) })
  const yesterday = addDays(localDate(input.nowMs, input.timezone), -1)
  // one client per account (one token), one datacube call per account and sending date
  const clients = new Map<string, WechatClient>()
  const clientFor = (account: string) => {
    if (!clients.has(account)) clients.set(account, input.clientFor(account))
    return clients.get(account)!
  }
  const lists = new Map<string, Promise<DatacubeItem[]>>()
  const listFor = (account: string, date: string) => {
    const key = `${account}|${date}`
    if (!lists.has(key)) {
      const list = clientFor(account).articleTotalDetail(date)
      lists.set(
        key,
        list.then((r) => (r.list ?? []) as DatacubeItem[]),
      )
    }
    return lists.get(key)!
  }
  for (const article of input.articles) {
    const slug = article.slug
    const view = await input.ledgerOf(slug)
    if (view.kind === 'entry' && view.state !== 'sent') continue
    if (view.kind === 'unreadable') {
      problem(
        slug,
        'error',
        sm.msg.ledgerUnreadable({ slug, reason: view.reason }),
        sm.msg.ledgerUnreadableHint(),
      )
      continue
    }
    // no ledger at all (lost, or never committed) but the slot has passed: look for the article anyway
    const lost = view.kind === 'missing'
    if (lost && (!article.slot || article.slot.epochMs > input.nowMs)) continue
    const sent: LedgerFacts = view.kind === 'entry' ? view : { state: 'sent' }
    const stored = await input.store.read(slug)
    if (!stored.ok) {
      problem(
        slug,
        'error',
        sm.msg.storeUnreadable({ file: input.store.file(slug), error: stored.error }),
        sm.msg.storeUnreadableHint(),
      )
      continue
    }
    const record = stored.record
    const sentAt = lost ? article.slot!.epochMs : sent.sentAt ? Date.parse(sent.sentAt) : undefined
    const sentDate =
      record?.sentDate ?? (sentAt === undefined ? undefined : localDate(sentAt, input.timezone))
    if (!sentDate) {
      problem(slug, 'warning', sm.msg.noSendTime({ slug }), sm.msg.noSendTimeHint())
      continue
    }
    if (!sent.msgDataId && !lost) {
      problem(slug, 'warning', sm.msg.noMsgDataId({ slug }), sm.msg.noMsgDataIdHint({ slug }))
    }
    if (sentDate > yesterday) {
      if (!lost) problem(slug, 'info', sm.msg.tooEarly({ date: sentDate }), sm.msg.tooEarlyHint())
      continue
    }
    const inWindow = yesterday <= addDays(lastTrackedDay(sentDate), 1)
    if (record && (articleStats(record).final || !inWindow)) {
      rows.push(articleStats(record))
      continue
    }
    if (!inWindow) {
      if (lost) continue
      problem(slug, 'info', sm.msg.tooLate({ date: sentDate }), sm.msg.tooLateHint())
      continue
    }
    const account = sent.account ?? record?.account ?? article.frontmatter.account ?? input.defaultAccount
    let list: DatacubeItem[]
    try {
      list = await listFor(account, sentDate)
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error
      problem(
        slug,
        'error',
        sm.msg.datacubeFailed({
          errcode: error.errcode !== undefined ? String(error.errcode) : '',
          errmsg: error.errmsg,
        }),
        error.hintMessage,
      )
      if (record) rows.push(articleStats(record))
      continue
    }
    const msgid = sent.msgDataId ? `${sent.msgDataId}_${(sent.draftIndex ?? 0) + 1}` : record?.msgid
    const title = article.frontmatter.title ?? slug
    let found = findArticle(list, { msgid, url: sent.articleUrl ?? record?.url, title })
    if (!found && !msgid) found = await findByPublishedUrl(clientFor(account), list, title)
    if (lost && (found || record)) {
      const old = await input.renamedFrom?.(article)
      const hint = old
        ? renamedMessages.msg.renamedAfterSendHint({ old, slug })
        : sm.msg.lostLedgerHint({ slug })
      problem(slug, 'warning', sm.msg.lostLedger({ slug, date: sentDate }), hint)
    }
    if (!found) {
      if (!lost) {
        problem(
          slug,
          'warning',
          sm.msg.notYet({ msgid: msgid ?? '', title, date: sentDate }),
          sm.msg.notYetHint(),
        )
      }
      if (record) rows.push(articleStats(record))
      continue
    }
    const url = sent.articleUrl
    const next = mergeDays(record, found.item, {
      slug,
      account,
      sentDate,
      title,
      url,
      by: found.by,
      nowMs: input.nowMs,
    })
    if (next !== record) await input.store.write(next)
    rows.push(articleStats(next))
  }
  return { rows, problems }
}
