/**
 * What a publisher does after an interruption or while WeChat is still working: poll a freepublish
 * task to its final status, and reconcile a push found in `sending` before anything is sent again.
 */
import type { LedgerEntry } from './ledger.js'
import { resolveAudience, sendOnce, type PushInput, type PushOutcome, type SetState } from './publish-push.js'
import { WechatApiError } from './wechat-errors.js'

export async function pollPublish(input: PushInput, all: LedgerEntry[], publishId: string, setState: SetState, steps: string[]): Promise<PushOutcome> {
  for (let i = 0; i < 8; i++) {
    const status = await input.client.publishGet(publishId)
    if (status.publish_status === 1) {
      await input.sleep(Math.min(30_000, 1000 * 2 ** i))
      continue
    }
    if (status.publish_status === 0) {
      for (const [i2, e] of all.entries()) {
        const url = status.article_detail?.item.find((x) => x.idx === i2 + 1)?.article_url
        if (url) e.articleUrl = url
      }
      await setState('sent')
      steps.push(`published (article_id ${status.article_id ?? '?'})`)
      return { status: 'sent', steps }
    }
    const reasons: Record<number, string> = { 2: 'original-content check failed (原创校验)', 3: 'publishing failed', 4: 'rejected by platform review', 5: 'published, then deleted by the account', 6: 'published, then banned by the platform' }
    await setState('failed', { error: { errcode: status.publish_status, errmsg: reasons[status.publish_status] ?? 'unknown status' } })
    throw new WechatApiError('/cgi-bin/freepublish/get', 53503, `publish_status ${status.publish_status}: ${reasons[status.publish_status] ?? 'unknown'}`)
  }
  steps.push('still publishing; the next run checks again')
  return { status: 'pending', steps }
}

export async function reconcileSending(input: PushInput, all: LedgerEntry[], setState: SetState, steps: string[]): Promise<PushOutcome | undefined> {
  const first = all[0]!
  if (input.push.mode === 'publish' && first.publishId) {
    steps.push(`resuming publish_id ${first.publishId}`)
    return pollPublish(input, all, first.publishId, setState, steps)
  }
  if (input.push.mode === 'broadcast' && first.clientmsgid && first.draftMediaId) {
    if (first.msgId) {
      const r = await input.client.massGet(first.msgId)
      if (r.msg_status !== 'SEND_FAIL') {
        await setState('sent')
        return { status: 'sent', steps: [...steps, `confirmed sent (msg_id ${first.msgId})`] }
      }
    }
    // same clientmsgid: WeChat answers 45065 if the interrupted send went out
    const target = await resolveAudience(input, input.push.audience)
    const sent = await sendOnce(input.client, first.draftMediaId, target, first.clientmsgid)
    await setState('sent', { msgId: sent.msgId, ...(sent.msgDataId ? { msgDataId: sent.msgDataId } : {}) })
    return { status: 'sent', steps: [...steps, `sent (msg_id ${sent.msgId}, resumed)`] }
  }
  if (input.push.mode === 'publish') {
    // interrupted right after freepublish/submit: find the article among the published ones
    const titles = JSON.stringify(first.draftTitles ?? [])
    const list = await input.client.publishBatchGet(0, 20)
    const found = list.item.find((i) => JSON.stringify(i.content.news_item.map((a) => a.title)) === titles)
    if (found) {
      for (const [i, e] of all.entries()) {
        const url = found.content.news_item[i]?.url
        if (url) e.articleUrl = url
      }
      await setState('sent')
      return { status: 'sent', steps: [...steps, `confirmed published (article_id ${found.article_id})`] }
    }
  }
  return undefined
}
