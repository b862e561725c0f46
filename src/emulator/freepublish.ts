/**
 * 发布: `freepublish/submit` accepts a draft and starts a task that finishes after a delay on the
 * emulator clock with the configured status; `freepublish/get` polls it; `batchget`, `getarticle`.
 */
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { idTag, type StoredPublish } from './state.js'

function settle(ctx: RequestContext, p: StoredPublish) {
  if (p.finishAt > ctx.now() || p.article_id) return
  if (p.status === 0 || p.status === 5 || p.status === 6) {
    p.article_id = `ARTICLE_${p.publish_id}`
    // WeChat's long form: `mid` is the msg_data_id, `idx` the 1-based position
    p.article_urls = p.articles.map(
      (_, i) =>
        `https://mp.weixin.qq.com/s?__biz=${idTag(ctx.account.appid)}&mid=${p.msg_data_id}&idx=${i + 1}&sn=${p.publish_id}`,
    )
    const draft = ctx.account.drafts.find((d) => d.media_id === p.media_id)
    if (draft) draft.deleted = true
  }
}

export function publishSubmit(ctx: RequestContext) {
  const mediaId = (ctx.json as { media_id?: unknown } | undefined)?.media_id
  const draft = ctx.account.drafts.find((d) => d.media_id === mediaId && !d.deleted)
  if (!draft) fail('invalidMediaId')
  if (ctx.account.published.some((p) => p.media_id === mediaId && p.finishAt > ctx.now()))
    fail('invalidMediaId', 'hint: draft is being published')
  const n = ++ctx.account.seq
  const p: StoredPublish = {
    publish_id: String(2247480000 + n),
    msg_data_id: String(2455890000 + n),
    media_id: draft.media_id,
    submitted: ctx.now(),
    finishAt: ctx.now() + ctx.settings.publishDelayMs,
    status: ctx.settings.publishStatus,
    article_urls: [],
    articles: draft.articles,
  }
  ctx.account.published.push(p)
  settle(ctx, p)
  return { errcode: 0, errmsg: 'ok', publish_id: p.publish_id, msg_data_id: p.msg_data_id }
}

export function publishGet(ctx: RequestContext) {
  const id = String((ctx.json as { publish_id?: unknown } | undefined)?.publish_id ?? '')
  const p = ctx.account.published.find((x) => x.publish_id === id)
  if (!p) fail('invalidPublishId', 'hint: publish_id')
  settle(ctx, p)
  if (p.finishAt > ctx.now()) return { publish_id: p.publish_id, publish_status: 1 }
  if (!p.article_id)
    return {
      publish_id: p.publish_id,
      publish_status: p.status,
      fail_idx: p.status === 2 || p.status === 4 ? [1] : [],
    }
  return {
    publish_id: p.publish_id,
    publish_status: p.status,
    article_id: p.article_id,
    article_detail: {
      count: p.article_urls.length,
      item: p.article_urls.map((article_url, i) => ({ idx: i + 1, article_url })),
    },
    fail_idx: [],
  }
}

export function publishBatchGet(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { offset?: number; count?: number; no_content?: number }
  for (const p of ctx.account.published) settle(ctx, p)
  const done = ctx.account.published.filter((p) => p.article_id).reverse()
  const page = done.slice(body.offset ?? 0, (body.offset ?? 0) + Math.min(20, Math.max(1, body.count ?? 20)))
  return {
    total_count: done.length,
    item_count: page.length,
    item: page.map((p) => ({
      article_id: p.article_id,
      content: {
        news_item: p.articles.map((a, i) => ({
          ...a,
          content: body.no_content ? '' : a.content,
          url: p.article_urls[i],
          is_deleted: false,
        })),
      },
      update_time: Math.floor(p.finishAt / 1000),
    })),
  }
}

export function publishGetArticle(ctx: RequestContext) {
  const id = (ctx.json as { article_id?: unknown } | undefined)?.article_id
  const p = ctx.account.published.find((x) => x.article_id === id)
  if (!p) fail('invalidPublishId', 'hint: article_id')
  return { news_item: p.articles.map((a, i) => ({ ...a, url: p.article_urls[i], is_deleted: false })) }
}
