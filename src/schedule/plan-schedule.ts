/**
 * `planSchedule`: pure function of articles + config + now (+ what the ledger says is sent):
 * groups pushes, reports every schedule finding on the articles, and marks blocked pushes.
 */
import { checkAudience } from './check-audience.js'
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { localClock } from '../core/date-time.js'
import { collectDiagnostics } from '../diagnostics/collect-diagnostics.js'
import type { Severity } from '../diagnostics/diagnostic.js'
import type { Locale } from '../i18n/message.js'
import { checkPushes } from './check-pushes.js'
import { accountOf, groupPushes } from './group-pushes.js'
import { invalidSlots } from './invalid-slots.js'
import type { Plan, Push } from './push.js'

export type { Plan, Push } from './push.js'

export interface PlanInput {
  articles: readonly Article[]
  config: Config
  nowMs: number
  /** Slugs already sent, per the publish ledger. */
  sent?: ReadonlySet<string>
  /** Slugs blocked as renamed after their send (`publish/renamed-after-send`): never "not sent" either. */
  renamed?: ReadonlySet<string>
  /** Slugs whose ledger cannot be read (`publish/ledger-unreadable`): never "not sent" either. */
  unknown?: ReadonlySet<string>
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
  // one DateTime per slot for every local time of it (building one costs ≈ 25 µs)
  const clock = localClock(config.timezone)
  const sent = input.sent ?? new Set<string>()
  const coverSizes = input.coverSizes ?? new Map()
  const renamed = input.renamed ?? new Set<string>()
  const unknown = input.unknown ?? new Set<string>()
  const publishing = input.publishing === true
  checkPushes({ drafts, config, nowMs, sent, renamed, unknown, coverSizes, publishing, clock })
  // an article in no push (no valid slot): its audience is checked all the same
  const pushed = new Set(drafts.flatMap((d) => d.articles))
  for (const a of articles) if (a.readable && !pushed.has(a)) checkAudience(a, accountOf(a, config), config)
  const locale = input.locale ?? config.locale
  const pushes: Push[] = drafts.map((d) => {
    // only what a push keeps: its errors and its schedule findings (not 40 findings an article again)
    const files = d.articles.map((a) => ({ file: a.file, path: a.path }))
    const kept = (source: string | undefined, severity: Severity) =>
      source === 'schedule' || severity === 'error'
    const diagnostics = collectDiagnostics(files, locale, kept)
    return {
      id: `${d.account}@${clock.utcIso(d.slotMs)}`,
      account: d.account,
      slotMs: d.slotMs,
      slot: clock.iso(d.slotMs),
      utc: clock.utcIso(d.slotMs),
      localDate: clock.date(d.slotMs),
      audience: d.articles[0]?.frontmatter.audience ?? '',
      articles: d.articles.map((a) => a.slug),
      blocked: diagnostics.some((x) => x.severity === 'error'),
      sent: d.articles.length > 0 && d.articles.every((a) => sent.has(a.slug)),
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
    (source) => source === 'schedule',
  )
  const broken = articles.filter((a) => !a.slot && !a.fields.some((f) => f.key === 'slot'))
  const unreadableErrors = collectDiagnostics(
    broken.map((a) => ({ file: a.file, path: a.path })),
    locale,
    (_, severity) => severity === 'error',
  )
  const hasUnreadable = new Set(
    unreadableErrors.filter((d) => UNREADABLE_FRONTMATTER.has(d.ruleId)).map((d) => d.file),
  )
  const unreadableArticles = broken.filter((a) => hasUnreadable.has(a.path))
  const unreadable = unreadableArticles.map((a) => a.slug)
  return {
    timezone: config.timezone,
    pushes,
    unscheduled,
    unreadable,
    invalidSlots: invalidSlots(articles, locale),
    unreadableErrors: unreadableErrors.filter((d) => unreadableArticles.some((a) => a.path === d.file)),
    diagnostics,
  }
}

/** Errors after which no front-matter key is known: the article's slot is unknown, not missing. */
const UNREADABLE_FRONTMATTER = new Set([
  'frontmatter/yaml-syntax',
  'frontmatter/not-a-mapping',
  'frontmatter/missing-block',
  'frontmatter/unclosed',
  'frontmatter/language',
  'content/unreadable',
  'content/encoding',
  'content/empty-file',
  'content/not-regular-file',
  'content/outside-root',
  'content/duplicate-folder',
  'content/internal',
])

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
      sent: p.sent,
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
