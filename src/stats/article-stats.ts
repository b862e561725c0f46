/**
 * What the raw datacube days of one article mean: totals as of the last day, 完读率, 分享率 and the
 * day-by-day trend of new readers. Parses defensively (numbers may come as strings, rates as
 * fractions or percents).
 */
import type { RawDay, StatsRecord } from './stats-store.js'

/** Days WeChat tracks an article from its sending day on (research §7.1). */
export const TRACKED_DAYS = 30

export interface TrendDay {
  date: string
  /** Readers up to and including this day. */
  read: number
  /** New readers this day. */
  newReads: number
}

export interface ArticleStats {
  slug: string
  title: string
  sentDate: string
  /** The last day the numbers cover. */
  statDate: string
  read: number
  share: number
  /** 拇指赞 (thumbs-up). */
  like: number
  /** 在看 (爱心赞). */
  zaikan: number
  comments: number
  /** 收藏 (add to favourites). */
  collections: number
  /** Followed the account after reading. */
  follows: number
  /** 完读率 as a fraction (0–1), when WeChat gives it. */
  finishRate: number | undefined
  /** 分享率 = sharers / readers. */
  shareRate: number | undefined
  url: string | undefined
  /** WeChat's 30 days are over: these numbers are final. */
  final: boolean
  trend: TrendDay[]
}

const num = (v: unknown) => {
  const n = typeof v === 'number' ? v : Number(v ?? 0)
  return Number.isFinite(n) ? n : 0
}
const rate = (v: unknown) => {
  if (v === undefined || v === null || v === '') return undefined
  const n = num(v)
  return n > 1 ? n / 100 : n
}
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

/** The last day WeChat reports for an article sent on `sentDate`. */
export const lastTrackedDay = (sentDate: string) => addDays(sentDate, TRACKED_DAYS - 1)

export function articleStats(record: StatsRecord): ArticleStats {
  const dates = Object.keys(record.days).sort()
  const last: RawDay = dates.length ? record.days[dates.at(-1)!]! : {}
  let previous = 0
  const trend = dates.map((date) => {
    const read = num(record.days[date]!.read_user)
    const day = { date, read, newReads: Math.max(0, read - previous) }
    previous = read
    return day
  })
  const read = num(last.read_user)
  const share = num(last.share_user)
  return {
    slug: record.slug,
    title: record.title,
    sentDate: record.sentDate,
    statDate: dates.at(-1) ?? '',
    read,
    share,
    like: num(last.like_user),
    zaikan: num(last.zaikan_user),
    comments: num(last.comment_count),
    collections: num(last.collection_user),
    follows: num(last.read_subscribe_user),
    finishRate: rate(last.read_finish_rate),
    shareRate: read > 0 ? share / read : undefined,
    url: record.url,
    final: (dates.at(-1) ?? '') >= lastTrackedDay(record.sentDate),
    trend,
  }
}
