/** `sendall` once per clientmsgid (45065 = it went out already) and the audience → tag id lookup. */
import type { PushInput } from './push-input.js'
import type { WechatClient } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'

export type Target = { tagId: number } | 'all'

/** The audience names a follower tag the account does not have (wxpress's own 45159, before sending). */
export class MissingTagError extends WechatApiError {
  constructor(
    readonly tag: string,
    readonly tags: readonly string[],
  ) {
    super(
      '/cgi-bin/tags/get',
      45159,
      `follower tag 「${tag}」 does not exist on this account (tags: ${tags.join(', ') || 'none'}); ` +
        'nothing was sent',
    )
  }
}

export async function sendOnce(client: WechatClient, mediaId: string, target: Target, clientmsgid: string) {
  try {
    const r = await client.sendAll(mediaId, target, clientmsgid)
    return { msgId: r.msg_id, msgDataId: String(r.msg_data_id), duplicate: false }
  } catch (error) {
    // 45065: this clientmsgid was sent within 24 h — the push went out already.
    if (error instanceof WechatApiError && error.errcode === 45065) {
      return { msgId: Number(error.body.msg_id ?? 0), msgDataId: '', duplicate: true }
    }
    throw error
  }
}

/**
 * What the ledger keeps of a send. A send confirmed by 45065 has only the msg_id (WeChat does not
 * repeat the msg_data_id): `confirmedBy` records that, so no run asks for the id again.
 */
export function sentFields(sent: { msgId: number; msgDataId: string; duplicate: boolean }) {
  return {
    msgId: sent.msgId,
    ...(sent.msgDataId ? { msgDataId: sent.msgDataId } : {}),
    ...(sent.duplicate && !sent.msgDataId ? { confirmedBy: '45065' as const } : {}),
  }
}

export async function resolveAudience(input: PushInput, audience: string): Promise<Target> {
  if (audience === '全部粉丝') return 'all'
  const { tags } = await input.client.tagsGet()
  const tag = tags.find((t) => t.name === audience)
  if (tag) return { tagId: tag.id }
  if (input.dryRun) return { tagId: -1 }
  throw new MissingTagError(
    audience,
    tags.map((t) => t.name),
  )
}
