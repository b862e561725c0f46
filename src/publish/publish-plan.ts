/**
 * `publishPlan`: acts on a checked plan. Pushes whose slot passed less than `maxLateness` ago are
 * sent; pushes still to come are prepared (images uploaded, draft created or updated) so the slot
 * only needs the send; missed pushes are reported and never sent late; blocked pushes are skipped.
 */
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { fieldPosition } from '../content/article.js'
import { formatLocalHuman } from '../content/date-time.js'
import { report } from '../diagnostics/diagnostic.js'
import type { RenderResult } from '../render/create-renderer.js'
import type { Plan, Push } from '../schedule/push.js'
import type { Ledger } from './ledger.js'
import { publishPush, type PushOutcome } from './publish-push.js'
import type { WechatClient } from './wechat-client.js'

export interface PublishPlanInput {
  plan: Plan
  articles: readonly Article[]
  renders: ReadonlyMap<string, RenderResult>
  config: Config
  /** Client per account name. */
  clientFor: (account: string) => WechatClient
  ledger: Ledger
  nowMs: number
  dryRun: boolean
  mode?: Push['mode'] | undefined
  only?: string | undefined
  sleep?: (ms: number) => Promise<void>
  log: (line: string) => void
  /** Progress of each step as it happens (the CLI shows it on a TTY). */
  progress?: (line: string) => void
}

export interface PublishSummary {
  failed: number
  sent: number
  drafted: number
  outcomes: { push: Push; outcome: PushOutcome | { status: 'blocked' | 'missed' | 'skipped'; steps: string[] } }[]
}

export async function publishPlan(input: PublishPlanInput): Promise<PublishSummary> {
  const { plan, config, nowMs } = input
  const bySlug = new Map(input.articles.map((a) => [a.slug, a]))
  const lateMs = config.schedule.maxLatenessMinutes * 60_000
  const summary: PublishSummary = { failed: 0, sent: 0, drafted: 0, outcomes: [] }
  for (const planned of plan.pushes) {
    if (input.only && !planned.articles.includes(input.only)) continue
    const push = input.mode ? { ...planned, mode: input.mode } : planned
    const articles = push.articles.map((s) => bySlug.get(s)).filter((a): a is Article => a !== undefined)
    const label = `${formatLocalHuman(push.slotMs, plan.timezone)} ${push.articles.join(' + ')}`
    const sentAlready = await Promise.all(push.articles.map(async (s) => (await input.ledger.read(s))?.state === 'sent'))
    if (sentAlready.every(Boolean)) {
      const changed = await changedSince(input, push, articles)
      for (const a of changed) {
        report(a.file, 'warning', 'publish/immutable', 'publish', `\`${a.slug}\` was edited after it was sent; WeChat keeps the sent version`, {
          place: fieldPosition(a, 'slot'), hint: 'Published articles cannot be replaced through the API; fix typos in the WeChat editor, or send a correction.',
        })
      }
      input.log(`${label}: already sent${changed.length ? ' (edited since: not re-sent)' : ''}`)
      summary.outcomes.push({ push, outcome: { status: 'skipped', steps: ['already sent'] } })
      continue
    }
    if (push.blocked) {
      input.log(`${label}: blocked by errors, not sent`)
      summary.outcomes.push({ push, outcome: { status: 'blocked', steps: [] } })
      continue
    }
    const late = nowMs - push.slotMs
    if (late > lateMs) {
      for (const a of articles) {
        report(a.file, 'warning', 'publish/missed', 'publish', `Push of ${formatLocalHuman(push.slotMs, plan.timezone)} was missed (more than ${config.schedule.maxLatenessMinutes} minutes late); it is never sent late`, {
          place: fieldPosition(a, 'slot'), value: a.frontmatter.slot, hint: 'Give the article a new slot and merge again.',
        })
      }
      input.log(`${label}: missed, not sent`)
      summary.outcomes.push({ push, outcome: { status: 'missed', steps: [] } })
      continue
    }
    const send = late >= 0
    input.log(`${label}: ${send ? `due, ${push.mode}` : 'preparing the draft'}`)
    const outcome = await publishPush({
      push, articles, renders: new Map(push.articles.map((s) => [s, input.renders.get(s)!])), client: input.clientFor(push.account), ledger: input.ledger,
      send, nowIso: new Date(nowMs).toISOString(), sleep: input.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      previewTo: config.accounts[push.account]?.previewTo ?? [], dryRun: input.dryRun,
      ...(input.progress ? { onStep: input.progress } : {}),
    })
    if (outcome.error) {
      const e = outcome.error
      for (const a of articles) {
        report(a.file, outcome.status === 'pending' ? 'warning' : 'error', e.errcode === undefined ? 'publish/unreachable' : `publish/wechat-${e.errcode}`, 'publish', `${e.path} failed: ${e.errcode !== undefined ? `errcode ${e.errcode}, ` : ''}${e.errmsg}`, {
          place: fieldPosition(a, 'slot'), hint: e.hint, value: e.errcode === undefined ? undefined : String(e.errcode),
        })
      }
    }
    if (outcome.status === 'failed') summary.failed++
    if (outcome.status === 'sent') summary.sent++
    if (outcome.status === 'drafted') summary.drafted++
    input.log(`  → ${outcome.steps.join(', ') || outcome.status}${outcome.status === 'failed' ? ' — FAILED' : ''}`)
    summary.outcomes.push({ push, outcome })
  }
  return summary
}

async function changedSince(input: PublishPlanInput, push: Push, articles: Article[]): Promise<Article[]> {
  const out: Article[] = []
  for (const a of articles) {
    const entry = await input.ledger.read(a.slug)
    const render = input.renders.get(a.slug)
    if (!entry?.contentHash || !render) continue
    const { buildDraftArticle } = await import('./build-draft.js')
    const { hash } = buildDraftArticle({ article: a, render, imageUrls: new Map(), thumbMediaId: '', single: push.articles.length === 1 })
    if (hash !== entry.contentHash) out.push(a)
  }
  return out
}
