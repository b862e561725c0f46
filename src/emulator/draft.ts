/**
 * Drafts: `draft/add|update|get|delete|count|batchget`, validated as WeChat does (≤ 8 articles,
 * title/author/digest lengths, permanent-material thumb, content size), storing the content the way
 * WeChat keeps it: scripts removed, external images dropped.
 */
import type { RequestContext } from './context.js'
import { checkArticleFields } from './article-fields.js'
import { fail, hintToken } from './errcodes.js'
import { bizOf, idTag, isPublishing, PUBLISHING_HINT, type DraftArticle, type StoredDraft } from './state.js'

/** The text a reader sees: tags, `<style>`/`<script>` and comments removed, entities counted as one character. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, '')
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, '_')
}

/** An `href` running script (`javascript:…`, quoted or not): WeChat removes it and keeps the link text. */
const JS_HREF = /\shref\s*=\s*(?:"\s*javascript:[^"]*"|'\s*javascript:[^']*'|javascript:[^\s>]*)/gi

/**
 * What WeChat does to `content`: JS (`<script>`, `on*` attributes, `javascript:` hrefs), `<style>` and
 * `id` attributes removed, images outside its CDN filtered out.
 */
export function cleanContent(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(/\sid\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '').replace(JS_HREF, ''),
    )
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<img\b[^>]*>/gi, (tag) =>
      /\ssrc\s*=\s*["']?https?:\/\/mmbiz\.q(?:pic|logo)\.cn\//i.test(tag) ? tag : '',
    )
}

/** The body's text as a reader sees it, entities decoded and white space collapsed. */
function plainText(html: string): string {
  const named: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, '')
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (named[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim()
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const int = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

/**
 * A valid article, stored with every field WeChat returns: the ones not sent are "" / 0; the digest
 * of a single-article draft defaults to the body's first 54 characters, a multi-article draft has none.
 */
function validArticle(ctx: RequestContext, raw: unknown, single: boolean): DraftArticle {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('badJson', hintToken())
  const a = raw as Record<string, unknown>
  const checked = checkArticleFields(ctx, a)
  const text = [...visibleText(checked.content)].length
  if (text >= ctx.settings.contentTextMax) fail('contentTooLong', `hint: ${text} characters of text`)
  if (Buffer.byteLength(checked.content) >= ctx.settings.contentBytesMax)
    fail('contentTooLong', `hint: ${Buffer.byteLength(checked.content)} bytes`)
  const content = cleanContent(checked.content)
  const digest = !single ? '' : str(a.digest) || [...plainText(content)].slice(0, 54).join('')
  const article: DraftArticle = {
    article_type: checked.article_type,
    title: checked.title,
    author: str(a.author),
    digest,
    content,
    content_source_url: str(a.content_source_url),
    thumb_media_id: checked.thumb_media_id,
    show_cover_pic: int(a.show_cover_pic),
    need_open_comment: int(a.need_open_comment),
    only_fans_can_comment: int(a.only_fans_can_comment),
  }
  for (const key of ['pic_crop_235_1', 'pic_crop_1_1'] as const)
    if (typeof a[key] === 'string') article[key] = a[key] as string
  if (checked.image_info) article.image_info = checked.image_info
  return article
}

function find(ctx: RequestContext, id: unknown): StoredDraft {
  const draft = ctx.account.drafts.find((d) => d.media_id === id && !d.deleted)
  if (!draft) fail('invalidMediaId')
  return draft
}

/** A draft that may change: not being published. */
function findUnlocked(ctx: RequestContext, id: unknown): StoredDraft {
  const draft = find(ctx, id)
  if (isPublishing(ctx.account, draft.media_id, ctx.now())) fail('invalidMediaId', PUBLISHING_HINT)
  return draft
}

export function draftAdd(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { articles?: unknown }
  if (!Array.isArray(body.articles) || body.articles.length === 0) fail('emptyNews')
  if (body.articles.length > 8) fail('tooManyArticles')
  const single = body.articles.length === 1
  const articles = body.articles.map((a) => validArticle(ctx, a, single))
  const now = Math.floor(ctx.now() / 1000)
  const media_id = `DRAFT_${idTag(ctx.account.appid)}_${++ctx.account.seq}`
  ctx.account.drafts.push({ media_id, articles, create_time: now, update_time: now, deleted: false })
  return { media_id }
}

export function draftUpdate(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { media_id?: unknown; index?: unknown; articles?: unknown }
  const draft = findUnlocked(ctx, body.media_id)
  if (body.index !== undefined && !Number.isInteger(body.index)) fail('badJson', hintToken())
  const index = typeof body.index === 'number' ? body.index : -1
  if (index < 0 || index >= draft.articles.length) fail('invalidMediaId', 'hint: index out of range')
  draft.articles[index] = validArticle(ctx, body.articles, draft.articles.length === 1)
  draft.update_time = Math.floor(ctx.now() / 1000)
  return { errcode: 0, errmsg: 'ok' }
}

const preview = (ctx: RequestContext, d: StoredDraft) =>
  d.articles.map((a, i) => ({
    ...a,
    url: `${ctx.baseUrl}/s?__biz=${bizOf(ctx.account.appid)}&mid=${d.media_id}&idx=${i + 1}&tempkey=preview`,
    thumb_url: ctx.account.materials.find((m) => m.media_id === a.thumb_media_id)?.url ?? '',
  }))

export function draftGet(ctx: RequestContext) {
  const draft = find(ctx, (ctx.json as { media_id?: unknown } | undefined)?.media_id)
  return { news_item: preview(ctx, draft) }
}

export function draftDelete(ctx: RequestContext) {
  findUnlocked(ctx, (ctx.json as { media_id?: unknown } | undefined)?.media_id).deleted = true
  return { errcode: 0, errmsg: 'ok' }
}

export function draftCount(ctx: RequestContext) {
  return { total_count: ctx.account.drafts.filter((d) => !d.deleted).length }
}

export function draftBatchGet(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as { offset?: number; count?: number; no_content?: number }
  const count = body.count ?? 20
  if (count < 1 || count > 20) fail('badJson', 'hint: count must be 1-20')
  const live = ctx.account.drafts.filter((d) => !d.deleted).reverse()
  const page = live.slice(body.offset ?? 0, (body.offset ?? 0) + count)
  return {
    total_count: live.length,
    item_count: page.length,
    item: page.map((d) => ({
      media_id: d.media_id,
      content: { news_item: preview(ctx, d).map((a) => (body.no_content ? { ...a, content: '' } : a)) },
      update_time: d.update_time,
    })),
  }
}
