/**
 * `planSchedule`: pure function of articles + config + now (+ what the ledger says is sent):
 * groups pushes, reports every schedule finding on the articles, and marks blocked pushes.
 */
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { formatLocalIso, formatUtcIso, localDate } from '../core/date-time.js'
import { collectDiagnostics } from '../diagnostics/diagnostic.js'
import type { Locale } from '../i18n/message.js'
import { checkPushes } from './check-pushes.js'
import { groupPushes } from './group-pushes.js'
import type { Plan, Push } from './push.js'

export type { Plan, Push } from './push.js'

export interface PlanInput {
  articles: readonly Article[]
  config: Config
  nowMs: number
  /** Slugs already sent, per the publish ledger. */
  sent?: ReadonlySet<string>
  /** Publish time: due slots are not "in the past" (publish reports missed pushes itself). */
  publishing?: boolean
  /** Cover pixel sizes by slug (see `readCoverSizes`). */
  coverSizes?: ReadonlyMap<string, { width: number; height: number }>
  /** Language of the diagnostics (default: config `locale`). */
  locale?: Locale | undefined
}

export function planSchedule(input: PlanInput): Plan {
  const { articles, config, nowMs } = input
  const drafts = groupPushes(articles, config)
  checkPushes({
    drafts,
    config,
    nowMs,
    sent: input.sent ?? new Set(),
    coverSizes: input.coverSizes ?? new Map(),
    publishing: input.publishing === true,
  })
  const zone = config.timezone
  const locale = input.locale ?? config.locale
  const pushes: Push[] = drafts.map((d) => {
    const diagnostics = collectDiagnostics(
      d.articles.map((a) => ({ file: a.file, path: a.path })),
      locale,
    )
    return {
      id: `${d.account}@${formatUtcIso(d.slotMs)}`,
      account: d.account,
      slotMs: d.slotMs,
      slot: formatLocalIso(d.slotMs, zone),
      utc: formatUtcIso(d.slotMs),
      localDate: localDate(d.slotMs, zone),
      audience: d.articles[0]?.frontmatter.audience ?? '',
      articles: d.articles.map((a) => a.slug),
      blocked: diagnostics.some((x) => x.severity === 'error'),
      blockedBy: diagnostics
        .filter((x) => x.severity === 'error')
        .map((x) => ({ file: x.file, ruleId: x.ruleId, message: x.message })),
      diagnostics: diagnostics.filter((x) => x.source === 'schedule'),
      mode: d.mode,
    }
  })
  const unscheduled = articles.filter((a) => !a.slot).map((a) => a.slug)
  const diagnostics = collectDiagnostics(
    articles.map((a) => ({ file: a.file, path: a.path })),
    locale,
  ).filter((x) => x.source === 'schedule')
  return { timezone: zone, pushes, unscheduled, diagnostics }
}

/** The DESIGN §4 plan document. */
export function planToJson(plan: Plan) {
  return {
    version: 1,
    timezone: plan.timezone,
    pushes: plan.pushes.map((p) => ({
      slot: p.slot,
      utc: p.utc,
      localDate: p.localDate,
      audience: p.audience,
      articles: p.articles,
      blocked: p.blocked,
      blockedBy: p.blockedBy,
      diagnostics: p.diagnostics,
      account: p.account,
      mode: p.mode,
      id: p.id,
    })),
    unscheduled: plan.unscheduled,
    diagnostics: plan.diagnostics,
  }
}
