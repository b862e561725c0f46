/**
 * Reads the statistics of sent articles back from WeChat (`datacube/getarticletotaldetail`, queried
 * by the local date the push went out, cumulative up to yesterday) and stores them in the ledger.
 */
import type { Article } from '../content/article.js'
import { localDate } from '../content/date-time.js'
import type { Ledger } from '../publish/ledger.js'
import type { WechatClient } from '../publish/wechat-client.js'
import { WechatApiError } from '../publish/wechat-errors.js'

export interface ArticleStats {
  slug: string
  title: string
  sentDate: string
  statDate: string
  read: number
  share: number
  like: number
  zaikan: number
  comments: number
  collections: number
  finishRate: number | undefined
  url: string | undefined
}

export interface StatsProblem {
  slug: string
  message: string
  hint: string
}

interface DetailItem { msgid?: string; title?: string; content_url?: string; detail_list?: Record<string, unknown>[] }

const LEDGER_HINT = 'Restore it from the wxpress-state branch history with git; never delete it unless you are sure the article was not sent.'

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0) || 0)

export async function collectStats(input: {
  articles: readonly Article[]
  ledger: Ledger
  clientFor: (account: string) => WechatClient
  nowMs: number
  timezone: string
}): Promise<{ rows: ArticleStats[]; problems: StatsProblem[] }> {
  const rows: ArticleStats[] = []
  const problems: StatsProblem[] = []
  const today = localDate(input.nowMs, input.timezone)
  const byDay = new Map<string, DetailItem[]>()
  for (const article of input.articles) {
    const found = await input.ledger.inspect(article.slug)
    if (found.status === 'unreadable') {
      problems.push({ slug: article.slug, message: `the publish ledger ${found.file} is unreadable: ${found.problem}`, hint: LEDGER_HINT })
      continue
    }
    const entry = found.status === 'ok' ? found.entry : undefined
    if (!entry || entry.state !== 'sent') continue
    if (!entry.msgDataId) {
      problems.push({ slug: article.slug, message: 'sent, but the ledger has no msg_data_id to find its statistics by', hint: 'Add it from the WeChat web editor (发表记录) to the ledger.' })
      continue
    }
    const sentAt = entry.timestamps.sent ? Date.parse(entry.timestamps.sent) : NaN
    if (Number.isNaN(sentAt)) continue
    const sentDate = localDate(sentAt, input.timezone)
    if (sentDate >= today) {
      problems.push({ slug: article.slug, message: `sent on ${sentDate}; WeChat has statistics from the next day on`, hint: 'Run stats again tomorrow.' })
      continue
    }
    const key = `${entry.account ?? 'main'}|${sentDate}`
    let list = byDay.get(key)
    if (!list) {
      try {
        list = ((await input.clientFor(entry.account ?? 'main').articleTotalDetail(sentDate)).list ?? []) as DetailItem[]
      } catch (error) {
        if (!(error instanceof WechatApiError)) throw error
        problems.push({ slug: article.slug, message: `datacube failed: ${error.errcode ?? ''} ${error.errmsg}`, hint: error.hint })
        continue
      }
      byDay.set(key, list)
    }
    const index = (entry.draftIndex ?? 0) + 1
    const item = list.find((i) => i.msgid === `${entry.msgDataId}_${index}`)
    const detail = item?.detail_list?.at(-1)
    if (!item || !detail) {
      problems.push({ slug: article.slug, message: `no statistics yet for msg_data_id ${entry.msgDataId}`, hint: 'WeChat tracks an article for 30 days after it is sent; check again later.' })
      continue
    }
    const stats: ArticleStats = {
      slug: article.slug, title: item.title ?? article.frontmatter.title ?? article.slug, sentDate,
      statDate: String(detail.stat_date ?? ''), read: num(detail.read_user), share: num(detail.share_user), like: num(detail.like_user),
      zaikan: num(detail.zaikan_user), comments: num(detail.comment_count), collections: num(detail.collection_user),
      finishRate: detail.read_finish_rate === undefined ? undefined : num(detail.read_finish_rate), url: item.content_url ?? entry.articleUrl,
    }
    rows.push(stats)
    await input.ledger.write({ ...entry, stats: { ...stats, fetchedAt: new Date(input.nowMs).toISOString() } })
  }
  return { rows, problems }
}
