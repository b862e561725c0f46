/**
 * What a publisher does after an interruption or while WeChat is still working: poll a freepublish
 * task to its final status, find a push WeChat already published (`freepublish/batchget`), and
 * reconcile a push found in `sending` before anything is sent again — restoring what WeChat can tell
 * (article id and URL, `msg_data_id` from the URL's `mid`, the time it went out).
 */
import { publishMessages } from '../i18n/messages/publish.js'
import type { Message } from '../i18n/message.js'
import { publishStepMessages } from '../i18n/messages/publish-steps.js'
import type { LedgerEntry } from './ledger.js'
import { resolveAudience, sendOnce, sentFields } from './mass-send.js'
import type { PushInput, PushOutcome, SetState } from './push-input.js'
import type { PublishedItem, WechatClient } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'

const { msg: step } = publishStepMessages

const REASONS: Record<number, string> = {
  2: 'original-content check failed (原创校验)',
  3: 'publishing failed',
  4: 'rejected by platform review',
  5: 'published, then deleted by the account',
  6: 'published, then banned by the platform',
}

/** Records an article URL and, when the URL carries it (`mid=`), the `msg_data_id` stats need. */
export function restoreFromUrl(entry: LedgerEntry, url: string | undefined): void {
  if (!url) return
  entry.articleUrl = url
  const mid = /[?&]mid=(\d+)/.exec(url)?.[1]
  if (mid && !entry.msgDataId) entry.msgDataId = mid
}

export async function pollPublish(
  input: PushInput,
  all: LedgerEntry[],
  publishId: string,
  setState: SetState,
  steps: Message[],
): Promise<PushOutcome> {
  let waited = 0
  for (let i = 0; ; i++) {
    const status = await input.client.publishGet(publishId)
    if (status.publish_status === 1) {
      const pause = Math.min(30_000, 1000 * 2 ** i)
      if (waited + pause > input.pollMs) break
      await input.sleep(pause)
      waited += pause
      continue
    }
    if (status.publish_status === 0) {
      for (const [i2, e] of all.entries()) {
        restoreFromUrl(e, status.article_detail?.item.find((x) => x.idx === i2 + 1)?.article_url)
      }
      const articleId = status.article_id ? { articleId: status.article_id } : {}
      await setState('sent', { ...articleId, sentAt: input.nowIso })
      steps.push(step.published({ articleId: String(status.article_id ?? '?') }))
      return { status: 'sent', steps }
    }
    const reason = REASONS[status.publish_status] ?? 'unknown status'
    await setState('failed', { error: { errcode: status.publish_status, errmsg: reason } })
    const errmsg = `publish_status ${status.publish_status}: ${reason}`
    throw new WechatApiError('/cgi-bin/freepublish/get', 53503, errmsg)
  }
  steps.push(step.stillPublishing())
  return { status: 'pending', steps }
}

/**
 * A publish of exactly these titles that WeChat finished at or after `sinceMs` (the slot: this push
 * cannot have gone out earlier). WeChat-side dedupe for a lost or stale ledger.
 */
export async function findPublished(
  client: WechatClient,
  titles: readonly string[],
  sinceMs: number,
): Promise<PublishedItem | undefined> {
  const want = JSON.stringify(titles)
  const list = await client.publishBatchGet(0, 20)
  const after = (i: PublishedItem) => (i.update_time ?? Infinity) * 1000 >= sinceMs - 60_000
  return list.item.find((i) => JSON.stringify(i.content.news_item.map((a) => a.title)) === want && after(i))
}

/** Marks the push sent from a `freepublish/batchget` item. */
export async function adoptPublished(
  input: PushInput,
  all: LedgerEntry[],
  found: PublishedItem,
  setState: SetState,
  steps: Message[],
): Promise<PushOutcome> {
  for (const [i, e] of all.entries()) restoreFromUrl(e, found.content.news_item[i]?.url)
  const sentAt = found.update_time ? new Date(found.update_time * 1000).toISOString() : input.nowIso
  await setState('sent', { articleId: found.article_id, sentAt })
  steps.push(step.confirmedPublished({ articleId: String(found.article_id) }))
  return { status: 'sent', steps, reconciled: true }
}

/**
 * A push found `sending`: ask WeChat what happened. `late`: the slot is too far back to send now, so
 * nothing may be sent — only looked up.
 */
export async function reconcileSending(
  input: PushInput,
  all: LedgerEntry[],
  setState: SetState,
  steps: Message[],
  late: boolean,
): Promise<PushOutcome | undefined> {
  const first = all[0]!
  if (input.push.mode === 'publish') {
    if (first.publishId) {
      steps.push(step.resuming({ publishId: first.publishId }))
      const polled = await pollPublish(input, all, first.publishId, setState, steps)
      return { ...polled, reconciled: true }
    }
    // interrupted right after freepublish/submit: find the article among the published ones
    const found = await findPublished(input.client, first.draftTitles ?? [], input.push.slotMs)
    return found ? adoptPublished(input, all, found, setState, steps) : undefined
  }
  if (input.push.mode === 'broadcast' && first.clientmsgid && first.draftMediaId) {
    if (first.msgId) {
      const r = await input.client.massGet(first.msgId)
      if (r.msg_status !== 'SEND_FAIL') {
        await setState('sent', { sentAt: first.timestamps.sending ?? input.nowIso })
        steps.push(step.confirmedSent({ msgId: first.msgId }))
        return { status: 'sent', steps, reconciled: true }
      }
    }
    if (late) {
      return {
        status: 'failed',
        steps: [...steps, step.outcomeUnknown()],
        message: publishMessages.msg.unconfirmedReason(),
      }
    }
    // same clientmsgid: WeChat answers 45065 if the interrupted send went out
    const target = await resolveAudience(input, input.push.audience)
    const sent = await sendOnce(input.client, first.draftMediaId, target, first.clientmsgid)
    const ids = sentFields(sent)
    await setState('sent', { ...ids, sentAt: input.nowIso })
    steps.push(
      sent.duplicate ? step.confirmedSent({ msgId: sent.msgId }) : step.resumed({ msgId: sent.msgId }),
    )
    return { status: 'sent', steps, reconciled: sent.duplicate }
  }
  return undefined
}
