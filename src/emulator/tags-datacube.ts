/** `tags/get|create`, `datacube/getarticletotaldetail` (deterministic numbers), `openapi/quota/get`. */
import { createHash } from 'node:crypto'
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { localDateIn } from './local-date.js'

export function tagsGet(ctx: RequestContext) {
  return { tags: ctx.account.tags.map((t) => ({ ...t })) }
}

export function tagsCreate(ctx: RequestContext) {
  const name = (ctx.json as { tag?: { name?: unknown } } | undefined)?.tag?.name
  if (typeof name !== 'string' || name.trim() === '' || ctx.account.tags.some((t) => t.name === name)) fail('tagNameInvalid')
  if ([...name].length > 30) fail('tagNameTooLong')
  const id = Math.max(99, ...ctx.account.tags.map((t) => t.id)) + 1
  ctx.account.tags.push({ id, name, count: 0 })
  return { tag: { id, name } }
}

/** A stable pseudo-random integer in [0, max) from a seed. */
function num(seed: string, max: number): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) % max
}

export function articleTotalDetail(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { begin_date?: string; end_date?: string }
  const day = /^\d{4}-\d{2}-\d{2}$/
  if (!body.begin_date || !body.end_date || !day.test(body.begin_date) || !day.test(body.end_date)) fail('dateRange', 'hint: begin_date/end_date YYYY-MM-DD')
  const zone = ctx.settings.timezone
  const today = localDateIn(ctx.now(), zone)
  if (body.begin_date !== body.end_date || body.end_date >= today) fail('dateRange', 'hint: one day, at most yesterday')
  const items: { date: string; msgDataId: string; count: number; type: number; titles: string[]; urls: string[] }[] = []
  for (const m of ctx.account.massSends) items.push({ date: m.localDate, msgDataId: m.msg_data_id, count: m.articles.length, type: 0, titles: m.articles.map((a) => a.title), urls: m.articles.map((_, i) => `https://mp.weixin.qq.com/s/emulator-mass-${m.msg_id}-${i + 1}`) })
  for (const p of ctx.account.published) {
    if (!p.article_id) continue
    items.push({ date: localDateIn(p.finishAt, zone), msgDataId: p.msg_data_id, count: p.articles.length, type: 1, titles: p.articles.map((a) => a.title), urls: p.article_urls })
  }
  const list = items.filter((i) => i.date === body.begin_date).flatMap((i) =>
    i.titles.map((title, idx) => {
      const msgid = `${i.msgDataId}_${idx + 1}`
      const days = Math.max(1, Math.min(30, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${i.date}T00:00:00Z`)) / 86_400_000)))
      const read = (num(msgid, 900) + 100) * days
      return {
        ref_date: i.date, msgid, publish_type: i.type, title, content_url: i.urls[idx] ?? '',
        detail_list: [{
          stat_date: localDateIn(ctx.now() - 86_400_000, zone),
          read_user: read,
          read_user_source: [{ scene_desc: '全部', user_count: read }, { scene_desc: '公众号消息', user_count: Math.round(read * 0.6) }, { scene_desc: '聊天会话', user_count: Math.round(read * 0.25) }],
          share_user: Math.round(read * 0.08), zaikan_user: Math.round(read * 0.03), like_user: Math.round(read * 0.05),
          comment_count: num(msgid + 'c', 40), collection_user: Math.round(read * 0.02), praise_money: 0,
          read_subscribe_user: num(msgid + 's', 30), read_finish_rate: 0.4 + num(msgid + 'f', 40) / 100, read_avg_activetime: 1 + num(msgid + 't', 400) / 100,
        }],
      }
    }),
  )
  return { list, is_delay: false }
}

export function quotaGet(ctx: RequestContext) {
  const path = String((ctx.json as { cgi_path?: unknown } | undefined)?.cgi_path ?? ctx.query.get('cgi_path') ?? '')
  const limit = ctx.settings.quotas[path]
  if (limit === undefined) fail('invalidPublishId', 'hint: cgi_path')
  const used = ctx.account.usage.get(`${path}|${localDateIn(ctx.now(), ctx.settings.timezone)}`) ?? 0
  return { errcode: 0, errmsg: 'ok', quota: { daily_limit: limit, used, remain: Math.max(0, limit - used) } }
}
