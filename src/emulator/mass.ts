/**
 * 群发: `message/mass/sendall` with WeChat's limits — a subscription account succeeds once per
 * local day; a service account's followers get at most 4 a month (is_to_all: once a day, 4 a month;
 * a tag: 4 a month with the is_to_all sends);
 * `clientmsgid` dedupes for 24 h (45065 with the existing msg_id). Also `mass/get`, `mass/preview`.
 */
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import { localDateIn } from './local-date.js'
import { massMessage, massType } from './mass-message.js'
import { articleUrl } from './state.js'

interface SendAll {
  filter?: { is_to_all?: boolean; tag_id?: number }
  msgtype?: string
  clientmsgid?: string
}

/** 45028 when the send would exceed the account's mass-send quota. */
function checkQuota(ctx: RequestContext, toAll: boolean, tagId: number | null, today: string) {
  const account = ctx.account
  if (account.kind === 'subscription') {
    if (account.massSends.some((m) => m.localDate === today)) fail('noMassQuota')
    return
  }
  if (toAll && account.massSends.some((m) => m.localDate === today && m.is_to_all)) fail('noMassQuota')
  // 4 a month per follower: is_to_all sends count against everyone, a tag's sends against that tag
  const month = account.massSends.filter((m) => m.localDate.startsWith(today.slice(0, 7)))
  const reach = month.filter((m) => m.is_to_all || (!toAll && m.tag_id === tagId)).length
  if (reach >= 4) fail('noMassQuota')
}

export function sendAll(ctx: RequestContext) {
  const body = (ctx.json ?? {}) as SendAll & Record<string, unknown>
  const account = ctx.account
  const now = ctx.now()
  massType(body)
  const clientmsgid = typeof body.clientmsgid === 'string' ? body.clientmsgid : null
  if (clientmsgid && Buffer.byteLength(clientmsgid) > 64) fail('clientMsgIdTooLong')
  if (clientmsgid) {
    const earlier = account.massSends.find((m) => m.clientmsgid === clientmsgid && now - m.at < 86_400_000)
    if (earlier) fail('clientMsgIdExists', '', { msg_id: earlier.msg_id })
  }
  const message = massMessage(ctx, body)
  const toAll = body.filter?.is_to_all === true
  const tagId = toAll ? null : (body.filter?.tag_id ?? null)
  if (!toAll && (tagId === null || !account.tags.some((t) => t.id === tagId))) fail('invalidTag')
  const today = localDateIn(now, ctx.settings.timezone)
  checkQuota(ctx, toAll, tagId, today)
  const n = ++account.seq
  const articles = message.draft?.articles ?? []
  // only an mpnews send has a msg_data_id (the datacube key)
  const msgDataId = message.draft ? String(2455890000 + n) : ''
  const send = {
    msg_id: 3147480000 + n,
    msg_data_id: msgDataId,
    msgtype: message.msgtype,
    media_id: message.media_id,
    is_to_all: toAll,
    tag_id: tagId,
    clientmsgid,
    at: now,
    localDate: today,
    articles,
    article_urls: articles.map((_, i) => articleUrl(account.appid, msgDataId, i + 1)),
  }
  account.massSends.push(send)
  if (message.draft) message.draft.deleted = true
  return {
    errcode: 0,
    errmsg: 'send job submission success',
    msg_id: send.msg_id,
    ...(message.draft ? { msg_data_id: Number(msgDataId) } : {}),
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
