/**
 * `publishPlan`: acts on a checked plan. Pushes whose slot passed less than `maxLateness` ago are
 * sent; pushes still to come are prepared (images uploaded, draft created or updated) so the slot
 * only needs the send; a push found `sending` is looked up before it can be called missed; missed
 * pushes are reported and never sent late; blocked pushes are skipped with their reasons. One push
 * failing — even with an unexpected exception — never stops the others.
 */
import { createSiteUploads, type UploadMap } from './site-uploads.js'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { fieldPosition } from '../content/article.js'
import { formatLocalHuman } from '../core/date-time.js'
import { report } from '../diagnostics/diagnostic.js'
import { t } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { publishMessages } from '../i18n/messages/publish.js'
import { publishStepMessages } from '../i18n/messages/publish-steps.js'
import { joinItems } from '../i18n/messages/publish-cli.js'
import type { RenderResult } from '../render/renderer.js'
import { accountPrefix, type Plan, type Push } from '../schedule/push.js'
import type { Ledger } from './ledger.js'
import { checkSentPush, readPushLedgers } from './push-ledgers.js'
import { publishPush, reconcileLate } from './publish-push.js'
import type { PushInput, PushOutcome } from './push-input.js'
import { blockReasons } from './block-reasons.js'
import { MISSED_ALERT_MS } from '../state/is-due.js'
import type { PublishSummary, PushResult } from './push-result.js'
import { reportOutcome, wechatFailure } from './report-outcome.js'
import type { WechatClient } from './wechat-client.js'
import { accountConfig } from '../config/account-config.js'
import { reportMissed } from './report-missed.js'
import { failedStep } from './failed-step.js'

const sentNote = (r: { latenessMinutes: number; articles: { url?: string }[] }) =>
  line.sentWhen({
    late: r.latenessMinutes,
    urls: r.articles.flatMap((a) => (a.url ? [a.url] : [])).join(' '),
  })

const { msg } = publishMessages
const { msg: line } = publishStepMessages
/** Logs `message` in the run's locale. */
const say = (input: PublishPlanInput, message: Message) => input.log(t(input.locale ?? 'en', message))

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
  /** How long to wait for a freepublish task to finish (default 2 minutes); 0: check once. */
  pollMs?: number
  log: (line: string) => void
  /** Progress of each step as it happens, written in `locale` (the CLI shows it on a TTY). */
  progress?: (line: string) => void
  /** Language of the log lines (default en). */
  locale?: Locale | undefined
}

export async function publishPlan(input: PublishPlanInput): Promise<PublishSummary> {
  const bySlug = new Map(input.articles.map((a) => [a.slug, a]))
  const results: PushResult[] = []
  /** Accounts whose token could not be had this run: reported once, not once per push. */
  const deadAccounts = new Map<string, PushOutcome['error']>()
  const siteUploads = createSiteUploads(input.ledger, input.config.defaultAccount)
  for (const planned of input.plan.pushes) {
    if (input.only && !planned.articles.includes(input.only)) continue
    const push = input.mode ? { ...planned, mode: input.mode } : planned
    const articles = push.articles.map((s) => bySlug.get(s)).filter((a): a is Article => a !== undefined)
    const when = formatLocalHuman(push.slotMs, input.plan.timezone, input.locale)
    const label = `${when} ${accountPrefix(input.plan, push)}${push.articles.join(' + ')}`
    let result: PushResult
    try {
      result = await actOnPush(input, push, articles, label, deadAccounts, siteUploads)
    } catch (error) {
      // a bug or an unexpected state: this push fails with a diagnostic, the others go on
      const message = (error as Error).message || String(error)
      for (const a of articles) {
        report(a.file, 'error', 'publish/internal', 'publish', msg.internal({ message }), {
          place: fieldPosition(a, 'slot'),
          hint: msg.internalHint(),
        })
      }
      say(input, line.pushFailed({ label, message }))
      const due = push.slotMs <= input.nowMs
      result = { status: 'failed', push, due, message: msg.internal({ message }), hint: msg.internalHint() }
    }
    results.push(result)
  }
  const count = (s: PushResult['status']) => results.filter((r) => r.status === s).length
  const confirmed = results.filter((r) => r.status === 'sent' && r.reconciled).length
  const sent = count('sent') - confirmed + count('would-send')
  const unconfirmed = results.filter((r) => r.status === 'pending' && r.due && r.unconfirmed).length
  const notAttempted = results.filter((r) => r.status === 'failed' && r.notAttempted).length
  const drafted = results.filter((r) => r.status === 'drafted' && r.saved).length
  const upToDate = count('drafted') - drafted
  const failed = count('failed') - notAttempted
  return { failed, sent, confirmed, drafted, upToDate, notAttempted, unconfirmed, results }
}

async function actOnPush(
  input: PublishPlanInput,
  push: Push,
  articles: Article[],
  label: string,
  deadAccounts: Map<string, PushOutcome['error']>,
  siteUploads: (account: string) => Promise<UploadMap>,
): Promise<PushResult> {
  const { config, nowMs } = input
  const due = push.slotMs <= nowMs
  const ledgers = await readPushLedgers(input.ledger, articles, input.locale)
  if (ledgers.unreadable.length > 0 || push.blocked) {
    const reasons = blockReasons(push, articles, ledgers.unreadable, input.locale ?? 'en')
    say(input, line.pushBlocked({ label, n: reasons.length, first: reasons[0]?.message ?? '' }))
    // past its window by a day, a push blocked by its articles can never go out: a warning then
    const old = !ledgers.unreadable.length && nowMs - push.slotMs > lateMs(config) + MISSED_ALERT_MS
    return { status: 'blocked', push, due, reasons, ...(old ? { old } : {}) }
  }
  if (ledgers.entries.every((e) => e?.state === 'sent')) {
    const note = await checkSentPush(input, push, articles, ledgers.entries)
    say(input, line.pushAlreadySent({ label, edited: note ? 1 : 0 }))
    return { status: 'already-sent', push, due }
  }
  const dead = deadAccounts.get(push.account)
  if (dead) {
    say(input, line.pushNoToken({ label, account: push.account, errmsg: dead.errmsg }))
    const errcode = dead.errcode !== undefined ? { errcode: dead.errcode } : {}
    const message = wechatFailure(dead)
    return { status: 'failed', push, due, ...errcode, message, hint: dead.hintMessage, notAttempted: true }
  }
  const progress = input.progress
  const pushInput: PushInput = {
    push,
    articles,
    renders: new Map(push.articles.map((s) => [s, input.renders.get(s)!])),
    client: input.clientFor(push.account),
    ledger: input.ledger,
    send: due,
    nowIso: new Date(nowMs).toISOString(),
    sleep: input.sleep ?? ((ms) => sleep(ms)),
    pollMs: input.pollMs ?? 120_000,
    previewTo: accountConfig(config, push.account)?.previewTo ?? [],
    dryRun: input.dryRun,
    uploads: await siteUploads(push.account),
    ...(progress ? { onStep: (s: Message) => progress(t(input.locale ?? 'en', s)) } : {}),
  }
  const late = nowMs - push.slotMs > lateMs(config)
  let outcome: PushOutcome | undefined
  if (late) {
    // reconcile before judging lateness: an interrupted send may have gone out
    if (ledgers.entries.some((e) => e?.state === 'sending')) say(input, line.pushLookingUp({ label }))
    outcome = await reconcileLate(pushInput)
    if (!outcome && push.mode === 'draft' && ledgers.entries.every((e) => e?.draftMediaId)) {
      say(input, line.pushDraftReady({ label }))
      return { status: 'drafted', push, due }
    }
    if (!outcome) {
      say(input, line.pushMissed({ label }))
      return reportMissed({ ...input, timezone: input.plan.timezone }, push, articles)
    }
  } else {
    say(input, due ? line.pushDue({ label, mode: push.mode }) : line.pushPreparing({ label }))
    outcome = await publishPush(pushInput)
  }
  const result = await reportOutcome(input, push, articles, outcome, due)
  if (outcome.error?.path === '/cgi-bin/stable_token') deadAccounts.set(push.account, outcome.error)
  const locale = input.locale ?? 'en'
  // a send: how late it went out and, when WeChat told it, the article URL (head first)
  const note = result.status === 'sent' ? [sentNote(result)] : []
  const steps = joinItems(
    locale,
    [...outcome.steps, ...note].map((s) => t(locale, s)),
    'steps',
  )
  const failed = outcome.status === 'failed' ? 1 : 0
  say(input, line.stepsLine({ steps, status: outcome.status, failed, what: failedStep(outcome.error?.path) }))
  return result
}

const lateMs = (config: PublishPlanInput['config']) => config.schedule.maxLatenessMinutes * 60_000
