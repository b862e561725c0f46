/**
 * Carries a publish run's alerts to GitHub: one issue per push that needs a person (found again by
 * its marker among our bot's issues, open or closed in the last 30 days; updated — and reopened — only
 * when the text changed, closed with a comment once the push is sent or its slot is gone), the "sent"
 * comment on each article's pull request (posted once) and the "prepared" comment (kept up to date).
 * A creating POST that GitHub fails (5xx, no answer) is read back before it is sent again.
 */
import { t } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { alertsCliMessages } from '../i18n/messages/alerts-cli.js'
import type { AlertPlan, PullComment } from '../publish/alerts/plan-alerts.js'
import { SLOT_GONE_COMMENT } from '../publish/alerts/issue-bodies.js'
import type { GithubClient } from './github-client.js'
import type { Issue } from './github-issues.js'
import { findSticky, upsertSticky } from './sticky-comment.js'

export const ALERT_LABEL = 'wxpress'
const RECENT_MS = 30 * 86_400_000
const MARKER = /^<!-- wxpress:alert:[^>]*-->/

export interface PostAlertsInput {
  client: Pick<
    GithubClient,
    | 'listIssues'
    | 'createIssue'
    | 'updateIssue'
    | 'ensureLabel'
    | 'listComments'
    | 'createComment'
    | 'updateComment'
    | 'createOnce'
  >
  plan: AlertPlan
  /** Prepared-draft comments (with preflight findings), kept up to date. */
  prepared: PullComment[]
  /** Close issues of slots not in this run (false with `--only`: the run did not see every push). */
  closeGone: boolean
  botLogin: string
  nowMs: number
  /** The pull request of an article, or undefined when none is found. */
  pullOf: (slug: string) => Promise<number | undefined>
  log: (line: string) => void
  /** Language of the log lines (default en). */
  locale?: Locale | undefined
}

const { msg } = alertsCliMessages
const markerOf = (issue: Issue) => MARKER.exec(issue.body.trimStart())?.[0]

export async function postAlerts(input: PostAlertsInput): Promise<void> {
  const { client, plan } = input
  const log = (message: Message) => input.log(t(input.locale ?? 'en', message))
  const byUs = (i: Issue) => i.user?.type === 'Bot' && i.user.login === input.botLogin
  const ours = (await client.listIssues({ state: 'all', labels: [ALERT_LABEL] })).filter(
    (i) =>
      byUs(i) &&
      markerOf(i) !== undefined &&
      (i.state === 'open' || (i.closedAt !== null && input.nowMs - Date.parse(i.closedAt) < RECENT_MS)),
  )
  const find = (marker: string) =>
    ours.find((i) => markerOf(i) === marker && i.state === 'open') ?? ours.find((i) => markerOf(i) === marker)
  let labelReady = false
  for (const want of plan.issues) {
    const found = find(want.marker)
    if (!found) {
      if (!labelReady) await client.ensureLabel(ALERT_LABEL, 'd93f0b', 'wxpress: a push that needs a person')
      labelReady = true
      // GitHub may open the issue and still answer 502: read back before opening it again
      const created = await client.createOnce(
        () => client.createIssue({ title: want.title, body: want.body, labels: [ALERT_LABEL] }),
        async () =>
          (await client.listIssues({ state: 'open', labels: [ALERT_LABEL] })).find(
            (i) => byUs(i) && markerOf(i) === want.marker,
          ),
      )
      log(msg.issueOpened({ n: created.number, title: want.title }))
    } else if (found.title !== want.title || found.body !== want.body) {
      // a closed issue is reopened only for a new reason: a person who closed it has seen this one
      await client.updateIssue(found.number, { title: want.title, body: want.body, state: 'open' })
      log(msg.issueUpdated({ n: found.number, reopened: found.state === 'open' ? 0 : 1, title: want.title }))
    } else log(msg.issueUnchanged({ n: found.number }))
  }
  const needed = new Set(plan.issues.map((i) => i.marker))
  const planned = new Set(plan.planned)
  for (const issue of ours) {
    const marker = markerOf(issue)!
    if (issue.state !== 'open' || needed.has(marker)) continue
    const comment =
      plan.close.find((c) => c.marker === marker)?.comment ??
      (input.closeGone && !planned.has(marker) ? SLOT_GONE_COMMENT : undefined)
    if (!comment) continue
    await client.createComment(issue.number, comment)
    await client.updateIssue(issue.number, { state: 'closed' })
    log(msg.issueClosed({ n: issue.number }))
  }
  for (const sent of plan.sent) {
    const pr = await input.pullOf(sent.slug)
    if (pr === undefined) {
      log(msg.noPull({ slug: sent.slug, kind: 'sent' }))
      continue
    }
    if (findSticky(await client.listComments(pr), sent.marker, input.botLogin)) {
      log(msg.sentAlready({ slug: sent.slug, pr }))
      continue
    }
    await client.createOnce(
      () => client.createComment(pr, sent.body),
      async () => findSticky(await client.listComments(pr), sent.marker, input.botLogin),
    )
    log(msg.sentPosted({ slug: sent.slug, pr }))
  }
  for (const prepared of input.prepared) {
    const pr = await input.pullOf(prepared.slug)
    if (pr === undefined) {
      log(msg.noPull({ slug: prepared.slug, kind: 'prepared' }))
      continue
    }
    const done = await upsertSticky(client, pr, prepared.marker, prepared.body, input.botLogin)
    log(msg.prepared({ slug: prepared.slug, action: done.action, pr }))
  }
}
