/**
 * One push through its states: uploads → draft (created once, updated when the source changed) →
 * at the slot, by mode: stop (draft), `freepublish` + poll (publish), or `sendall` with a
 * deterministic clientmsgid (broadcast). Ledgers are written after every remote call; a run that
 * finds `drafting` or `sending` reconciles with WeChat before doing anything again.
 */
import { createHash } from 'node:crypto'
import type { Article } from '../content/article.js'
import type { RenderResult } from '../render/create-renderer.js'
import type { Push } from '../schedule/push.js'
import { buildDraftArticle } from './build-draft.js'
import type { Ledger, LedgerEntry, LedgerState } from './ledger.js'
import { emptyEntry } from './ledger.js'
import { uploadAssets } from './upload-assets.js'
import type { WechatClient } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'
import { pollPublish, reconcileSending } from './reconcile-push.js'
import { readBack, sentArticles } from './read-back.js'

export interface PushInput {
  push: Push
  articles: Article[]
  renders: Map<string, RenderResult>
  client: WechatClient
  ledger: Ledger
  /** Send now (slot reached) or only prepare the draft. */
  send: boolean
  nowIso: string
  sleep: (ms: number) => Promise<void>
  previewTo: readonly string[]
  dryRun: boolean
  /** Called as each step completes (progress lines on a TTY). */
  onStep?: (step: string) => void
}

export type SetState = (state: LedgerState, patch?: Partial<LedgerEntry>) => Promise<void>

export interface PushOutcome {
  status: 'sent' | 'drafted' | 'failed' | 'unchanged' | 'pending'
  steps: string[]
  error?: WechatApiError
}

export function clientMsgId(push: Push): string {
  return 'wx' + createHash('sha256').update(`${push.account}|${push.articles.join(',')}|${push.utc}`).digest('hex').slice(0, 30)
}

export async function publishPush(input: PushInput): Promise<PushOutcome> {
  const { push, client, ledger } = input
  const steps: string[] = []
  const push_ = steps.push.bind(steps)
  steps.push = (...items: string[]) => {
    for (const item of items) input.onStep?.(item)
    return push_(...items)
  }
  const entries = new Map<string, LedgerEntry>()
  for (const slug of push.articles) entries.set(slug, (await ledger.read(slug)) ?? emptyEntry(slug))
  const all = [...entries.values()]
  const save = (e: LedgerEntry) => ledger.write(e)
  const setState = async (state: LedgerState, patch: Partial<LedgerEntry> = {}) => {
    for (const e of all) {
      Object.assign(e, patch, { state, pushId: push.id, account: push.account, mode: push.mode })
      e.timestamps[state] = input.nowIso
      await save(e)
    }
  }
  if (all.every((e) => e.state === 'sent')) return { status: 'unchanged', steps: ['already sent'] }

  try {
    // A crash during a send: ask WeChat what happened before anything else.
    if (all.some((e) => e.state === 'sending')) {
      const done = await reconcileSending(input, all, setState, steps)
      if (done) return done
    }
    const items = push.articles.map((slug) => ({ slug, render: input.renders.get(slug)!, entry: entries.get(slug)! }))
    const uploads = await uploadAssets(client, items, save)
    if (uploads.uploaded > 0) steps.push(`uploaded ${uploads.uploaded} image${uploads.uploaded === 1 ? '' : 's'}`)
    const drafts = input.articles.map((article) => {
      const thumb = uploads.covers.get(article.slug)
      if (!thumb) throw new WechatApiError('/cgi-bin/draft/add', 40007, `article ${article.slug} has no uploaded cover`)
      return buildDraftArticle({ article, render: input.renders.get(article.slug)!, imageUrls: uploads.urls, thumbMediaId: thumb, single: push.articles.length === 1 })
    })
    await ensureDraft(input, all, drafts, setState, steps)
    if (!input.send) return { status: 'drafted', steps }
    const mediaId = all[0]?.draftMediaId ?? ''
    for (const who of input.previewTo) {
      await client.massPreview(who, mediaId)
      steps.push(`preview sent to ${who}`)
    }
    if (push.mode === 'draft') {
      steps.push('mode draft: send it from the WeChat editor')
      return { status: 'drafted', steps }
    }
    if (push.mode === 'publish') {
      await setState('sending')
      const submitted = await client.publishSubmit(mediaId)
      await setState('sending', { publishId: String(submitted.publish_id), ...(submitted.msg_data_id !== undefined ? { msgDataId: String(submitted.msg_data_id) } : {}) })
      steps.push(`submitted (publish_id ${submitted.publish_id})`)
      return await pollPublish(input, all, String(submitted.publish_id), setState, steps)
    }
    const target = await resolveAudience(input, push.audience)
    const clientmsgid = clientMsgId(push)
    await setState('sending', { clientmsgid })
    const sent = await sendOnce(client, mediaId, target, clientmsgid)
    await setState('sent', { msgId: sent.msgId, msgDataId: sent.msgDataId })
    steps.push(`sent (msg_id ${sent.msgId})`)
    return { status: 'sent', steps }
  } catch (error) {
    if (!(error instanceof WechatApiError)) throw error
    const wasSending = all.some((e) => e.timestamps.sending !== undefined && e.state === 'sending')
    if (error.uncertain || (wasSending && error.errcode === 40007 && error.path === '/cgi-bin/freepublish/submit')) {
      steps.push('no answer from WeChat; the next run reconciles before retrying')
      return { status: 'pending', steps, error }
    }
    const unsent = all.filter((e) => e.state !== 'sent')
    for (const e of unsent) {
      if (e.state === 'sending' && push.mode === 'broadcast') continue // keep for reconciliation
      e.error = { ...(error.errcode !== undefined ? { errcode: error.errcode } : {}), errmsg: error.errmsg }
      await save(e)
    }
    return { status: 'failed', steps, error }
  }
}

export async function sendOnce(client: WechatClient, mediaId: string, target: { tagId: number } | 'all', clientmsgid: string) {
  try {
    const r = await client.sendAll(mediaId, target, clientmsgid)
    return { msgId: r.msg_id, msgDataId: String(r.msg_data_id) }
  } catch (error) {
    // 45065: this clientmsgid was sent within 24 h — the push went out already.
    if (error instanceof WechatApiError && error.errcode === 45065) return { msgId: Number(error.body.msg_id ?? 0), msgDataId: '' }
    throw error
  }
}

export async function resolveAudience(input: PushInput, audience: string): Promise<{ tagId: number } | 'all'> {
  if (audience === '全部粉丝') return 'all'
  const { tags } = await input.client.tagsGet()
  const tag = tags.find((t) => t.name === audience)
  if (tag) return { tagId: tag.id }
  if (input.dryRun) return { tagId: -1 }
  throw new WechatApiError('/cgi-bin/tags/get', 45159, `follower tag 「${audience}」 does not exist on this account (tags: ${tags.map((t) => t.name).join(', ') || 'none'}); nothing was sent`)
}

async function ensureDraft(
  input: PushInput,
  all: LedgerEntry[],
  drafts: { draft: import('./wechat-client.js').DraftArticleInput; hash: string }[],
  setState: (s: LedgerState, p?: Partial<LedgerEntry>) => Promise<void>,
  steps: string[],
) {
  const { client } = input
  const titles = drafts.map((d) => d.draft.title)
  let mediaId = all[0]?.draftMediaId
  if (!mediaId && all.some((e) => e.state === 'drafting' && e.draftTitles)) {
    // crashed during draft/add: adopt the draft if WeChat created it
    const list = await client.draftBatchGet(0, 20)
    const found = list.item.find((i) => JSON.stringify(i.content.news_item.map((a) => a.title)) === JSON.stringify(titles))
    if (found) {
      mediaId = found.media_id
      await setState('drafted', { draftMediaId: mediaId, contentHash: '' })
      steps.push(`found draft ${mediaId} from an interrupted run`)
    }
  }
  if (mediaId && all.length === drafts.length) {
    let changed = 0
    const updated: number[] = []
    try {
      for (const [i, d] of drafts.entries()) {
        if (all[i]?.contentHash === d.hash) continue
        await client.draftUpdate(mediaId, i, d.draft)
        updated.push(i)
        all[i]!.contentHash = d.hash
        all[i]!.draftIndex = i
        await input.ledger.write(all[i]!)
        changed++
      }
      if (changed) steps.push(`draft updated (media_id ${mediaId})`)
      else steps.push(`draft up to date (media_id ${mediaId})`)
      await setState('drafted')
      if (!input.dryRun) await readBack(client, mediaId, sentArticles(input.articles, drafts, updated))
      return
    } catch (error) {
      if (!(error instanceof WechatApiError) || error.errcode !== 40007) throw error
      steps.push('draft was deleted in WeChat; creating it again')
    }
  }
  await setState('drafting', { draftTitles: titles })
  const created = await client.draftAdd(drafts.map((d) => d.draft))
  for (const [i, e] of all.entries()) {
    e.draftMediaId = created.media_id
    e.draftIndex = i
    e.contentHash = drafts[i]?.hash ?? ''
  }
  await setState('drafted')
  steps.push(`drafted (media_id ${created.media_id})`)
  if (!input.dryRun) await readBack(client, created.media_id, sentArticles(input.articles, drafts, drafts.map((_, i) => i)))
}
