/**
 * One push through its states: uploads → draft (created once, updated when the source changed,
 * previewed once per version) → at the slot, by mode: stop (draft), `freepublish` + poll (publish),
 * or `sendall` with a deterministic clientmsgid (broadcast). Ledgers are written after every remote
 * call; a run that finds `sending` reconciles with WeChat before doing anything again, and a publish
 * is first looked up among WeChat's published items (a lost or stale ledger never publishes twice).
 */
import { createHash } from 'node:crypto'
import type { Message } from '../i18n/message.js'
import { publishErrcodeMessages } from '../i18n/messages/publish-errcodes.js'
import { publishStepMessages } from '../i18n/messages/publish-steps.js'
import type { Push } from '../schedule/push.js'
import { buildDraftArticle } from './build-draft.js'
import { ensureDraft, sendPreviews } from './ensure-draft.js'
import { emptyEntry, type LedgerEntry } from './ledger.js'
import { resolveAudience, sendOnce, sentFields } from './mass-send.js'
import type { PushInput, PushOutcome, SetState } from './push-input.js'
import { adoptPublished, findPublished, pollPublish, reconcileSending } from './reconcile-push.js'
import { uploadAssets } from './upload-assets.js'
import { WechatApiError } from './wechat-errors.js'

const { msg: step } = publishStepMessages
const SEND_PATHS = new Set(['/cgi-bin/message/mass/sendall', '/cgi-bin/freepublish/submit'])

export function clientMsgId(push: Push): string {
  const key = `${push.account}|${push.articles.join(',')}|${push.utc}`
  return `wx${createHash('sha256').update(key).digest('hex').slice(0, 30)}`
}

interface Context {
  all: LedgerEntry[]
  setState: SetState
  steps: Message[]
}

async function openPush(input: PushInput): Promise<Context> {
  const steps: Message[] = []
  const push_ = steps.push.bind(steps)
  steps.push = (...items: Message[]) => {
    for (const item of items) input.onStep?.(item)
    return push_(...items)
  }
  const all: LedgerEntry[] = []
  for (const slug of input.push.articles) all.push((await input.ledger.read(slug)) ?? emptyEntry(slug))
  const { push } = input
  const setState: SetState = async (state, patch = {}) => {
    for (const e of all) {
      // a step that succeeds after a failed run: the old failure is history, not the state
      delete e.error
      Object.assign(e, patch, { state, pushId: push.id, account: push.account, mode: push.mode })
      e.timestamps[state] = input.nowIso
      await input.ledger.write(e)
    }
  }
  return { all, setState, steps }
}

/** Only the lookup of a push found `sending` (the slot is too far back to send anything now). */
export async function reconcileLate(input: PushInput): Promise<PushOutcome | undefined> {
  const { all, setState, steps } = await openPush(input)
  if (!all.some((e) => e.state === 'sending')) return undefined
  try {
    return await reconcileSending(input, all, setState, steps, true)
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error
    return { status: error.uncertain || error.errcode === undefined ? 'pending' : 'failed', steps, error }
  }
}

export async function publishPush(input: PushInput): Promise<PushOutcome> {
  const { push, client } = input
  const { all, setState, steps } = await openPush(input)
  if (all.every((e) => e.state === 'sent')) return { status: 'unchanged', steps: [step.alreadySent()] }
  // an earlier send whose outcome nobody knows: only WeChat's answer about *it* may close it
  const resumed = all.some((e) => e.state === 'sending')
  try {
    // A crash during a send: ask WeChat what happened before anything else.
    if (all.some((e) => e.state === 'sending')) {
      const done = await reconcileSending(input, all, setState, steps, false)
      if (done) return done
    }
    const items = push.articles.map((slug) => ({
      slug,
      render: input.renders.get(slug)!,
      entry: all.find((e) => e.slug === slug)!,
    }))
    const uploads = await uploadAssets(client, items, (e) => input.ledger.write(e), input.uploads)
    const n = uploads.uploaded
    if (n > 0) steps.push(step.uploaded({ n, dryRun: input.dryRun ? 1 : 0 }))
    const drafts = input.articles.map((article) => {
      const thumb = uploads.covers.get(article.slug)
      if (!thumb) {
        throw new WechatApiError('/cgi-bin/draft/add', 40007, `article ${article.slug} has no uploaded cover`)
      }
      const render = input.renders.get(article.slug)!
      const single = push.articles.length === 1
      return buildDraftArticle({ article, render, imageUrls: uploads.urls, thumbMediaId: thumb, single })
    })
    if (input.send && push.mode === 'publish') {
      // WeChat-side dedupe: a lost or stale ledger must not publish a second time
      const found = await findPublished(
        client,
        drafts.map((d) => d.draft.title),
        push.slotMs,
      )
      if (found) return await adoptPublished(input, all, found, setState, steps)
    }
    const prepared = all[0]?.draftMediaId
    const saved = await ensureDraft(input, all, drafts, setState, steps)
    // previews go out when the draft is prepared, once per version — never at send time
    if (!input.send) await sendPreviews(input, all, steps)
    if (!input.send) return { status: 'drafted', steps, saved }
    const mediaId = all[0]?.draftMediaId ?? ''
    if (push.mode === 'draft') {
      steps.push(step.modeDraft())
      return { status: 'drafted', steps, saved }
    }
    // `sending` means "a send call may have reached WeChat": the token (the one request that can fail
    // before it, and did in a run with a wrong secret) comes first, so its failure leaves `drafted`
    await client.token()
    if (push.mode === 'publish') {
      await setState('sending')
      const submitted = await client.publishSubmit(mediaId)
      const dataId = submitted.msg_data_id
      const msgDataId = dataId !== undefined ? { msgDataId: String(dataId) } : {}
      await setState('sending', { publishId: String(submitted.publish_id), ...msgDataId })
      steps.push(step.submitted({ dryRun: input.dryRun ? 1 : 0 }))
      return await pollPublish(input, all, String(submitted.publish_id), setState, steps)
    }
    const target = await resolveAudience(input, push.audience)
    const clientmsgid = clientMsgId(push)
    await setState('sending', { clientmsgid })
    const sent = await sendOnce(client, mediaId, target, clientmsgid).catch((error: unknown) => {
      // the draft an earlier run prepared is gone: most likely sent already (not a cover problem)
      if (error instanceof WechatApiError && error.errcode === 40007 && mediaId === prepared) {
        error.hintOverride = publishErrcodeMessages.msg.draftGone({ mediaId })
      }
      throw error
    })
    const ids = sentFields(sent)
    await setState('sent', { ...ids, sentAt: input.nowIso })
    const said = sent.duplicate ? step.confirmedSent({ msgId: sent.msgId }) : step.sent({ msgId: sent.msgId })
    steps.push(input.dryRun ? step.wouldSend() : said)
    return { status: 'sent', steps, reconciled: sent.duplicate }
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error
    const wasSending = all.some((e) => e.timestamps.sending !== undefined && e.state === 'sending')
    // 40007 on a resubmit: the draft is being published by an earlier, interrupted submit
    const busy = wasSending && error.errcode === 40007 && error.path === '/cgi-bin/freepublish/submit'
    if (busy) error.hintOverride ??= publishErrcodeMessages.msg.draftBeingPublished()
    if (error.uncertain || busy) {
      steps.push(step.noAnswer())
      return { status: 'pending', steps, error }
    }
    // WeChat refused this run's send (45028 no quota, 48001 …): nothing went out, the push is back to
    // `drafted` (sent by a later run inside the window, missed after it). A push found `sending` stays
    // so: the refusal of a resend says nothing sure about the earlier, unanswered attempt.
    const refusedSend = error.refused && !resumed && SEND_PATHS.has(error.path)
    for (const e of all.filter((x) => x.state !== 'sent')) {
      if (refusedSend && e.state === 'sending') e.state = 'drafted'
      e.error = { ...(error.errcode !== undefined ? { errcode: error.errcode } : {}), errmsg: error.errmsg }
      await input.ledger.write(e)
    }
    return { status: 'failed', steps, error }
  }
}
