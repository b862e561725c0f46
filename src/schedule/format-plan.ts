/**
 * Human formats of a plan: a table by local date (terminal), an editorial calendar (Markdown).
 */
import type { Article } from '../content/article.js'
import { formatLocalHuman } from '../core/date-time.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { escapeText as esc } from '../diagnostics/report-markdown.js'
import { severityName } from '../diagnostics/report-pretty.js'
import { accountPrefix, type Plan } from './push.js'
import { cutText } from '../core/code-points.js'
import { writtenTitle } from '../content/written-value.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { planMessages, pushWhen } from '../i18n/messages/plan.js'
import { reportMessages } from '../i18n/messages/report.js'

/** Characters of a title a plan line shows (a title in error is shown as written, cut with `…`). */
const TITLE_WIDTH = 40

export function formatPlanPretty(
  plan: Plan,
  articles: readonly Article[],
  nowMs: number,
  locale: Locale = 'en',
): string {
  const { msg } = reportMessages
  const say = planMessages.msg
  const title = new Map(articles.map((a) => [a.slug, cutText(writtenTitle(a), TITLE_WIDTH)]))
  const lines = [
    t(locale, msg.planTitle({ zone: plan.timezone, now: formatLocalHuman(nowMs, plan.timezone, locale) })),
    '',
  ]
  if (plan.pushes.length === 0) lines.push(`  ${t(locale, msg.planEmpty())}`)
  for (const p of plan.pushes) {
    const status = t(locale, p.sent ? say.sent() : p.blocked ? say.blocked() : say.ok())
    const when = t(locale, pushWhen(p.utc, p.slotMs, nowMs, plan.timezone))
    lines.push(
      `${formatLocalHuman(p.slotMs, plan.timezone, locale)}  ${when}  ${accountPrefix(plan, p)}${t(locale, say.mode({ mode: p.mode }))} → ${p.audience}  ${status}`,
    )
    for (const [i, slug] of p.articles.entries()) {
      lines.push(`  ${i === 0 ? t(locale, say.head()) : `  #${i + 1}`}  ${slug}  ${title.get(slug) ?? ''}`)
    }
    // why it is blocked: the errors not already listed below (at most 5 lines)
    const why = p.blockedBy.filter(
      (x) => !p.diagnostics.some((d) => d.ruleId === x.ruleId && d.message === x.message),
    )
    for (const b of why.slice(0, 5)) lines.push(`        ${t(locale, say.blockedBy(b))}`)
    if (why.length > 5) lines.push(`        ${t(locale, say.moreErrors({ n: why.length - 5 }))}`)
    for (const { diagnostic: d, count } of distinctDiagnostics(p.diagnostics)) {
      const finding = {
        severity: severityName(d.severity, locale),
        message: d.message,
        ruleId: d.ruleId,
        n: count,
      }
      lines.push(`        ${t(locale, say.finding(finding))}`)
    }
    lines.push('')
  }
  const unscheduled = plan.unscheduled.filter((s) => !plan.unreadable.includes(s))
  // an invalid slot apart from a missing one, with its value and why (`slot: 2027-03-03` has no time)
  const invalid = plan.invalidSlots.filter((x) => unscheduled.includes(x.slug))
  if (invalid.length > 0) {
    lines.push(t(locale, msg.planInvalidSlots()))
    for (const x of invalid) lines.push(`  ${t(locale, msg.planInvalidSlot(x))}`)
    lines.push('')
  }
  const noSlot = unscheduled.filter((s) => !invalid.some((x) => x.slug === s))
  if (noSlot.length > 0) lines.push(t(locale, msg.planUnscheduled({ slugs: noSlot.join(', ') })), '')
  if (plan.unreadable.length > 0)
    lines.push(t(locale, say.unreadable({ slugs: plan.unreadable.join(', ') })), '')
  const blocked = plan.pushes.filter((p) => p.blocked).length
  const totals = {
    pushes: plan.pushes.length,
    blocked,
    unscheduled: unscheduled.length,
    unreadable: plan.unreadable.length,
  }
  lines.push(t(locale, msg.planTotals(totals)))
  return `${lines.join('\n')}\n`
}

/**
 * A push-level finding (e.g. `schedule/same-day`) is reported on every article of the push with the
 * same text; the pretty plan shows it once, with how many articles carry it. JSON keeps every one.
 */
export function distinctDiagnostics(
  diagnostics: readonly Diagnostic[],
): { diagnostic: Diagnostic; count: number }[] {
  const byText = new Map<string, { diagnostic: Diagnostic; count: number }>()
  for (const d of diagnostics) {
    const key = `${d.severity}\0${d.ruleId}\0${d.message}`
    const seen = byText.get(key)
    if (seen) seen.count++
    else byText.set(key, { diagnostic: d, count: 1 })
  }
  return [...byText.values()]
}

export function formatPlanMarkdown(plan: Plan, articles: readonly Article[], locale: Locale = 'en'): string {
  const say = planMessages.msg
  const title = new Map(articles.map((a) => [a.slug, cutText(writtenTitle(a), TITLE_WIDTH)]))
  const rows = plan.pushes.map((p) => {
    const time = formatLocalHuman(p.slotMs, plan.timezone).slice(11, 16)
    const list = p.articles.map((s) => esc(title.get(s) ?? s)).join('<br>')
    const status = p.sent ? t(locale, say.calendarSent()) : calendarStatus(p, locale)
    return `| ${p.localDate} | ${time} | ${esc(accountPrefix(plan, p) + p.audience)} | ${t(locale, say.mode({ mode: p.mode }))} | ${list} | ${status} |`
  })
  const slugs = plan.unscheduled.filter((s) => !plan.unreadable.includes(s))
  // as the pretty plan: an invalid slot with its value and why, apart from a missing one
  const invalid = plan.invalidSlots.filter((x) => slugs.includes(x.slug))
  const noSlot = slugs.filter((s) => !invalid.some((x) => x.slug === s))
  const { msg } = reportMessages
  const invalidList = [
    t(locale, msg.planInvalidSlots()),
    ...invalid.map((x) => `- ${esc(t(locale, msg.planInvalidSlot(x)))}`),
  ].join('\n')
  const unscheduled = t(locale, msg.planUnscheduled({ slugs: noSlot.map(esc).join(', ') }))
  const unreadable = t(locale, say.unreadable({ slugs: plan.unreadable.map(esc).join(', ') }))
  return [
    `### ${t(locale, say.calendarTitle({ zone: esc(plan.timezone) }))}`,
    '',
    t(locale, say.calendarHeader()),
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    invalid.length ? `${invalidList}\n` : '',
    noSlot.length ? `${unscheduled}\n` : '',
    plan.unreadable.length ? `${unreadable}\n` : '',
  ].join('\n')
}

/** A push's status cell: blocked with its first reason, a warning with its first one, or ✅. */
function calendarStatus(p: Plan['pushes'][number], locale: Locale): string {
  const say = planMessages.msg
  const first = p.blockedBy[0]
  if (p.blocked) {
    if (!first) return t(locale, say.calendarBlocked())
    const why = { message: esc(first.message), ruleId: first.ruleId, more: p.blockedBy.length - 1 }
    return t(locale, say.calendarBlockedWhy(why))
  }
  const warnings = distinctDiagnostics(p.diagnostics.filter((d) => d.severity === 'warning'))
  const warning = warnings[0]?.diagnostic
  if (!warning) return '✅'
  const why = { message: esc(warning.message), ruleId: warning.ruleId, more: warnings.length - 1 }
  return t(locale, say.calendarWarning(why))
}
