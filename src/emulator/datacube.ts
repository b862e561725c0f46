/**
 * `datacube/getarticletotaldetail` as WeChat serves it (research §7.1): queried by the local date an
 * article was sent or published, one day per call (61501 otherwise), at most yesterday, date format
 * checked (61500); no data before 2025-11-01. Each article has one cumulative `detail_list` entry
 * per day from its sending day on, for 30 days. Numbers are deterministic per msgid and day.
 */
import { createHash } from 'node:crypto'
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { localDateIn } from './local-date.js'

const DAY = 86_400_000
/** The first day the new datacube APIs have data for. */
export const DATACUBE_START = '2025-11-01'
/** Days an article is tracked from its sending day on. */
export const TRACKED_DAYS = 30

/** A stable pseudo-random integer in [0, max) from a seed. */
function num(seed: string, max: number): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) % max
}

const isDate = (s: unknown): s is string => {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const ms = Date.parse(`${s}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s
}
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)

interface Sent {
  date: string
  msgDataId: string
  type: number
  titles: string[]
  urls: string[]
}

function sentItems(ctx: RequestContext): Sent[] {
  const zone = ctx.settings.timezone
  const items: Sent[] = ctx.account.massSends.map((m) => ({
    date: m.localDate,
    msgDataId: m.msg_data_id,
    type: 0,
    titles: m.articles.map((a) => a.title),
    urls: m.article_urls,
  }))
  for (const p of ctx.account.published) {
    if (p.article_id)
      items.push({
        date: localDateIn(p.finishAt, zone),
        msgDataId: p.msg_data_id,
        type: 1,
        titles: p.articles.map((a) => a.title),
        urls: p.article_urls,
      })
  }
  return items
}

/** Cumulative numbers of one article from its sending day through day `k` (0-based). */
function detail(msgid: string, statDate: string, k: number) {
  const base = num(msgid, 900) + 100
  let read = 0
  for (let d = 0; d <= k; d++) read += Math.round(base * 0.55 ** d)
  const part = (salt: string, per1000: number) =>
    Math.round((read * (per1000 + num(msgid + salt, per1000))) / 1000)
  const finish = 0.4 + num(`${msgid}f`, 40) / 100
  return {
    stat_date: statDate,
    read_user: read,
    read_user_source: [
      { scene_desc: '全部', user_count: read },
      { scene_desc: '公众号消息', user_count: Math.round(read * 0.6) },
      { scene_desc: '聊天会话', user_count: Math.round(read * 0.25) },
      { scene_desc: '朋友圈', user_count: read - Math.round(read * 0.6) - Math.round(read * 0.25) },
    ],
    share_user: part('s', 40),
    zaikan_user: part('z', 15),
    like_user: part('l', 25),
    comment_count: part('c', 8),
    collection_user: part('f', 10),
    praise_money: 0,
    read_subscribe_user: part('u', 6),
    read_delivery_rate: Math.round((0.05 + num(`${msgid}d`, 10) / 100) * 10_000) / 10_000,
    read_finish_rate: Math.round(finish * 10_000) / 10_000,
    read_avg_activetime: Math.round((1 + num(`${msgid}t`, 400) / 100) * 100) / 100,
    read_jump_position: [1, 2, 3, 4, 5].map((position) => ({
      position,
      rate: Math.round(((1 - finish) * 2000) / position) / 10_000,
    })),
  }
}

export function articleTotalDetail(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { begin_date?: unknown; end_date?: unknown }
  if (!isDate(body.begin_date) || !isDate(body.end_date))
    fail('dateFormat', 'hint: begin_date and end_date as YYYY-MM-DD')
  const yesterday = addDays(localDateIn(ctx.now(), ctx.settings.timezone), -1)
  if (body.begin_date !== body.end_date) fail('dateRange', 'hint: one day per call (begin_date = end_date)')
  if (body.end_date > yesterday) fail('dateRange', `hint: end_date at most yesterday (${yesterday})`)
  const date = body.begin_date
  if (date < DATACUBE_START) return { list: [], is_delay: false }
  const list = sentItems(ctx)
    .filter((i) => i.date === date)
    .flatMap((i) =>
      i.titles.map((title, idx) => {
        const msgid = `${i.msgDataId}_${idx + 1}`
        const days: ReturnType<typeof detail>[] = []
        for (let k = 0; k < TRACKED_DAYS && addDays(date, k) <= yesterday; k++)
          days.push(detail(msgid, addDays(date, k), k))
        return {
          ref_date: date,
          msgid,
          publish_type: i.type,
          title,
          content_url: i.urls[idx] ?? '',
          detail_list: days,
        }
      }),
    )
  return { list, is_delay: false }
}
