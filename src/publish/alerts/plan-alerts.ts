/**
 * What to say on GitHub after a publish run, from its typed results alone: the issue of each push that
 * needs a person, the issues to close (sent after all), and the "sent" comment of each article.
 * Pure; `src/github/post-alerts.ts` does the calls.
 */
import { renderText } from '../../i18n/catalogue.js'
import type { Text } from '../../i18n/message.js'
import { publishErrcodeMessages } from '../../i18n/messages/publish-errcodes.js'
import { needsAttention, type PushResult } from '../push-result.js'
import { alertBody, alertMarker, alertTitle, sentCloseComment, type AlertReason } from './issue-bodies.js'
import { sentComment, sentMarker } from './pr-bodies.js'
import { lateness, localTime } from './when.js'

export interface AlertSite {
  timezone: string
  maxLatenessMinutes: number
  /** Title and site-relative path of each article. */
  articles: ReadonlyMap<string, { title: string; path: string }>
  /** Link to a file on GitHub, when the repository is known. */
  fileLink?: (path: string) => string
}

export interface IssueToKeep {
  marker: string
  title: string
  body: string
}

export interface PullComment {
  slug: string
  marker: string
  body: string
}

export interface AlertPlan {
  /** One issue per push that needs a person. */
  issues: IssueToKeep[]
  /** Issues to close with a comment: the push went out. */
  close: { marker: string; comment: string }[]
  /** Markers of every push of this run: an open issue of any other slot is closed as gone. */
  planned: string[]
  sent: PullComment[]
}

/** Alert issues are Chinese whatever the site's locale (README, "Diagnostics and locale"). */
const zh = (text: Text) => renderText(text, 'zh-CN')

function reasonOf(result: PushResult): AlertReason | undefined {
  switch (result.status) {
    case 'missed':
      return { kind: 'missed' }
    case 'blocked':
      return {
        kind: 'blocked',
        reasons: result.reasons.map((b) => ({
          file: b.file,
          ruleId: b.ruleId,
          message: b.text ? zh(b.text) : b.message,
          ...(b.hint ? { hint: zh(b.hint) } : {}),
        })),
      }
    case 'failed': {
      if (result.unconfirmed) return { kind: 'unconfirmed', message: zh(result.message) }
      const code = result.errcode
      const text = result.hint ?? (code !== undefined ? publishErrcodeMessages.msg.hint({ code }) : undefined)
      const hint = text && zh(text)
      return {
        kind: 'failed',
        message: zh(result.message),
        ...(result.errcode !== undefined ? { errcode: result.errcode } : {}),
        ...(hint ? { hint } : {}),
      }
    }
    default:
      return undefined
  }
}

const ALREADY_SENT_COMMENT = '这条推送已经发出（见台账 `.wxpress/state/`）。关闭此问题。'

export function planAlerts(results: readonly PushResult[], site: AlertSite): AlertPlan {
  const plan: AlertPlan = { issues: [], close: [], planned: [], sent: [] }
  for (const result of results) {
    const { push } = result
    const marker = alertMarker(push.account, push.utc)
    plan.planned.push(marker)
    const slot = localTime(push.slotMs, site.timezone)
    const reason = needsAttention(result) ? reasonOf(result) : undefined
    if (reason) {
      const articles = push.articles.map((slug) => {
        const a = site.articles.get(slug)
        const file = a?.path ?? `content/${slug}/index.md`
        const link = site.fileLink ? { link: site.fileLink(file) } : {}
        return { slug, title: a?.title ?? slug, path: file, ...link }
      })
      const input = {
        account: push.account,
        slot,
        mode: push.mode,
        articles,
        reason,
        maxLatenessMinutes: site.maxLatenessMinutes,
      }
      plan.issues.push({ marker, title: alertTitle(input), body: alertBody(input) })
    }
    if (result.status === 'already-sent') plan.close.push({ marker, comment: ALREADY_SENT_COMMENT })
    if (result.status !== 'sent') continue
    const sentAt = localTime(Date.parse(result.sentAt), site.timezone)
    const late = lateness(result.latenessMinutes)
    const url = result.articles[0]?.url
    const comment = sentCloseComment({ ...(url ? { url } : {}), sentAt, lateness: late })
    plan.close.push({ marker, comment })
    for (const a of result.articles) {
      const title = site.articles.get(a.slug)?.title ?? a.slug
      plan.sent.push({
        slug: a.slug,
        marker: sentMarker(a.slug),
        body: sentComment({
          slug: a.slug,
          title,
          sentAt,
          slot,
          lateness: late,
          account: push.account,
          ...(a.url ? { url: a.url } : {}),
        }),
      })
    }
  }
  return plan
}
