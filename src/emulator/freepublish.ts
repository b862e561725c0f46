/**
 * 发布: `freepublish/submit` accepts a draft and starts a task that finishes after a delay on the
 * emulator clock with the configured status; `freepublish/get` polls it; `batchget`, `getarticle`.
 * While its task runs, the draft is locked: no second submit, no mass send, no update or delete.
 */
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import {
  articleUrl,
  isPublishing,
  PUBLISHING_HINT,
  type AccountState,
  type EmulatorState,
  type StoredPublish,
} from './state.js'

/** Finishes a task whose time has come (emulator clock): URLs, `article_id`, the draft leaves the box. */
function settle(account: AccountState, p: StoredPublish, nowMs: number) {
  if (p.finishAt > nowMs || p.settled) return
  p.settled = true
  if (p.status === 0 || p.status === 5 || p.status === 6) {
    p.article_id = `ARTICLE_${p.publish_id}`
    p.article_urls = p.articles.map((_, i) => articleUrl(account.appid, p.msg_data_id, i + 1))
    const draft = account.drafts.find((d) => d.media_id === p.media_id)
    if (draft) draft.deleted = true
  }
}

/**
 * Settles every due publish task of every account. Called before each request and state dump: on
 * WeChat a task finishes by itself, whether or not anyone polls `freepublish/get`.
 */
export function settleDue(state: EmulatorState, nowMs: number): void {
  for (const account of state.accounts.values()) for (const p of account.published) settle(account, p, nowMs)
}

export function publishSubmit(ctx: RequestContext) {
  const mediaId = (ctx.json as { media_id?: unknown } | undefined)?.media_id
  const draft = ctx.account.drafts.find((d) => d.media_id === mediaId && !d.deleted)
  if (!draft) fail('invalidMediaId')
  if (isPublishing(ctx.account, draft.media_id, ctx.now())) fail('invalidMediaId', PUBLISHING_HINT)
  const n = ++ctx.account.seq
  const p: StoredPublish = {
    publish_id: String(2247480000 + n),
    msg_data_id: String(2455890000 + n),
    media_id: draft.media_id,
    submitted: ctx.now(),
    finishAt: ctx.now() + ctx.settings.publishDelayMs,
    status: ctx.settings.publishStatus,
    article_urls: [],
    // what is published is the draft as submitted
    articles: draft.articles.map((article) => ({ ...article })),
  }
  ctx.account.published.push(p)
  settle(ctx.account, p, ctx.now())
  return { errcode: 0, errmsg: 'ok', publish_id: p.publish_id, msg_data_id: p.msg_data_id }
}

export function publishGet(ctx: RequestContext) {
  const id = String((ctx.json as { publish_id?: unknown } | undefined)?.publish_id ?? '')
  const p = ctx.account.published.find((x) => x.publish_id === id)
  if (!p) fail('invalidPublishId', 'hint: publish_id')
  if (p.finishAt > ctx.now()) return { publish_id: p.publish_id, publish_status: 1, fail_idx: [] }
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
  // like draft/batchget: count 1–20, else 47001
  const count = body.count ?? 20
  if (typeof count !== 'number' || count < 1 || count > 20) fail('badJson', 'hint: count must be 1-20')
  const done = ctx.account.published.filter((p) => p.article_id).reverse()
  const page = done.slice(body.offset ?? 0, (body.offset ?? 0) + count)
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
