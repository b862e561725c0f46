/**
 * The push's draft, created once and updated in place when the source changed; previews of each new
 * draft version to the account's `previewTo` editors, once per version (recorded in the ledger).
 */
import { createHash } from 'node:crypto'
import type { Message } from '../i18n/message.js'
import { publishStepMessages } from '../i18n/messages/publish-steps.js'
import type { LedgerEntry } from './ledger.js'
import { readBack, sentArticles } from './read-back.js'
import type { PushInput, SetState } from './push-input.js'
import type { DraftArticleInput } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'

const { msg: step } = publishStepMessages

/** Saves the push's draft when it is new or changed; true when it called draft/add or draft/update. */
export async function ensureDraft(
  input: PushInput,
  all: LedgerEntry[],
  drafts: { draft: DraftArticleInput; hash: string }[],
  setState: SetState,
  steps: Message[],
): Promise<boolean> {
  const { client } = input
  const titles = drafts.map((d) => d.draft.title)
  let mediaId = all[0]?.draftMediaId
  if (!mediaId && all.some((e) => e.state === 'drafting' && e.draftTitles)) {
    // crashed during draft/add: adopt the draft if WeChat created it
    const list = await client.draftBatchGet(0, 20)
    const want = JSON.stringify(titles)
    const found = list.item.find((i) => JSON.stringify(i.content.news_item.map((a) => a.title)) === want)
    if (found) {
      mediaId = found.media_id
      await setState('drafted', { draftMediaId: mediaId, contentHash: '' })
      steps.push(step.foundDraft({ mediaId }))
    }
  }
  if (mediaId && all.length === drafts.length) {
    const updated: number[] = []
    try {
      for (const [i, d] of drafts.entries()) {
        if (all[i]?.contentHash === d.hash) continue
        await client.draftUpdate(mediaId, i, d.draft)
        all[i]!.contentHash = d.hash
        all[i]!.draftIndex = i
        await input.ledger.write(all[i]!)
        updated.push(i)
      }
      steps.push(step.draftUpdated({ mediaId, updated: updated.length }))
      await setState('drafted')
      // what WeChat kept of what was just sent (publish/stripped warnings)
      if (!input.dryRun && updated.length) {
        await readBack(client, mediaId, sentArticles(input.articles, drafts, updated))
      }
      return updated.length > 0
    } catch (error) {
      if (!(error instanceof WechatApiError) || error.errcode !== 40007) throw error
      steps.push(step.draftDeleted())
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
  steps.push(step.drafted({ mediaId: created.media_id, dryRun: input.dryRun ? 1 : 0 }))
  if (!input.dryRun) {
    await readBack(
      client,
      created.media_id,
      sentArticles(
        input.articles,
        drafts,
        drafts.map((_, i) => i),
      ),
    )
  }
  return true
}

/** One hash for the draft as a whole: a new version whenever any article of it changed. */
export function draftVersion(all: readonly LedgerEntry[]): string {
  const text = all.map((e) => `${e.draftMediaId ?? ''}:${e.contentHash ?? ''}`).join('|')
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** Sends the draft to each `previewTo` editor who has not seen this version yet. */
export async function sendPreviews(input: PushInput, all: LedgerEntry[], steps: Message[]): Promise<void> {
  const head = all[0]
  if (!head?.draftMediaId || input.previewTo.length === 0) return
  const version = draftVersion(all)
  for (const who of input.previewTo) {
    if (head.previews?.[who] === version) continue
    await input.client.massPreview(who, head.draftMediaId)
    for (const e of all) {
      e.previews = { ...e.previews, [who]: version }
      if (!input.dryRun) await input.ledger.write(e)
    }
    steps.push(step.preview({ dryRun: input.dryRun ? 1 : 0, who }))
  }
}
