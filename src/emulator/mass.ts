/**
 * 群发: `message/mass/sendall` with WeChat's limits — a subscription account succeeds once per
 * local day, a service account reaches a tag at most 4 times a month (is_to_all once a day);
 * `clientmsgid` dedupes for 24 h (45065 with the existing msg_id). Also `mass/get`, `mass/preview`.
 */
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { localDateIn } from './local-date.js'
import { articleUrl, isPublishing, PUBLISHING_HINT } from './state.js'

interface SendAll {
  filter?: { is_to_all?: boolean; tag_id?: number }
  mpnews?: { media_id?: string }
  msgtype?: string
  clientmsgid?: string
}

export function sendAll(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as SendAll
  const account = ctx.account
  const now = ctx.now()
  if (body.msgtype !== 'mpnews') fail('badJson', 'hint: msgtype must be mpnews')
  const clientmsgid = typeof body.clientmsgid === 'string' ? body.clientmsgid : null
  if (clientmsgid && Buffer.byteLength(clientmsgid) > 64) fail('clientMsgIdTooLong')
  if (clientmsgid) {
    const earlier = account.massSends.find((m) => m.clientmsgid === clientmsgid && now - m.at < 86_400_000)
    if (earlier) fail('clientMsgIdExists', '', { msg_id: earlier.msg_id })
  }
  const draft = account.drafts.find((d) => d.media_id === body.mpnews?.media_id && !d.deleted)
  if (!draft) fail('invalidMediaId')
  if (isPublishing(account, draft.media_id, now)) fail('invalidMediaId', PUBLISHING_HINT)
  const toAll = body.filter?.is_to_all === true
  const tagId = toAll ? null : (body.filter?.tag_id ?? null)
  if (!toAll && (tagId === null || !account.tags.some((t) => t.id === tagId))) fail('invalidTag')
  const today = localDateIn(now, ctx.settings.timezone)
  if (account.kind === 'subscription') {
    if (account.massSends.some((m) => m.localDate === today)) fail('noMassQuota')
  } else {
    if (toAll && account.massSends.some((m) => m.localDate === today && m.is_to_all)) fail('noMassQuota')
    const month = today.slice(0, 7)
    const reach = account.massSends.filter(
      (m) => m.localDate.startsWith(month) && (m.is_to_all || toAll || m.tag_id === tagId),
    ).length
    if (reach >= 4) fail('noMassQuota')
  }
  const n = ++account.seq
  const send = {
    msg_id: 3147480000 + n,
    msg_data_id: String(2455890000 + n),
    media_id: draft.media_id,
    is_to_all: toAll,
    tag_id: tagId,
    clientmsgid,
    at: now,
    localDate: today,
    articles: draft.articles,
    article_urls: draft.articles.map((_, i) => articleUrl(account.appid, String(2455890000 + n), i + 1)),
  }
  account.massSends.push(send)
  draft.deleted = true
  return {
    errcode: 0,
    errmsg: 'send job submission success',
    msg_id: send.msg_id,
    msg_data_id: Number(send.msg_data_id),
  }
}

export function massGet(ctx: RequestContext) {
  const id = Number((ctx.json as { msg_id?: unknown } | undefined)?.msg_id)
  const send = ctx.account.massSends.find((m) => m.msg_id === id)
  if (!send) fail('invalidMsgId')
  return { msg_id: send.msg_id, msg_status: 'SEND_SUCCESS' }
}

export function massPreview(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as {
    touser?: string
    towxname?: string
    mpnews?: { media_id?: string }
    msgtype?: string
  }
  if (!body.touser && !body.towxname) fail('badJson', 'hint: touser or towxname')
  if (!ctx.account.drafts.some((d) => d.media_id === body.mpnews?.media_id && !d.deleted))
    fail('invalidMediaId')
  return { errcode: 0, errmsg: 'preview success', msg_id: 3147000000 + ++ctx.account.seq }
}
