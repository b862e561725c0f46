/** `wxpress plan`: the push plan in the chosen format; exit 1 on schedule errors. */
import { distinctDiagnostics, formatPlanMarkdown, formatPlanPretty } from '../../schedule/format-plan.js'
import { planToJson } from '../../schedule/plan-schedule.js'
import { planToIcs } from '../../schedule/plan-to-ics.js'
import { PRETTY_PER_RULE, reportPretty } from '../../diagnostics/report-pretty.js'
import { summarize } from '../../diagnostics/summarize.js'
import { checkSite } from '../../site/check-site.js'
import { loadSite } from '../../site/load-site.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { buildVersion } from '../version.js'
import { reportUsage } from '../report-usage.js'
import type { PlanFlags } from './flags.js'
import { withLedgerSnapshot } from './ledger-snapshot.js'

export async function runPlan(io: CliIO, flags: PlanFlags): Promise<number> {
  const site = await loadSite({
    root: io.cwd,
    config: flags.config,
    content: flags.content,
    cacheVersion: buildVersion(),
  })
  const json = (diagnostics: unknown[]) =>
    `${JSON.stringify(
      { version: 1, timezone: site.config.timezone, pushes: [], unscheduled: [], diagnostics },
      null,
      2,
    )}\n`
  if (reportUsage(io, site, flags.format === 'json' ? json : undefined)) return EXIT.usage
  const nowMs = resolveNow(flags.now)
  const locale = flags.locale ?? site.config.locale
  const { plan, diagnostics } = await withLedgerSnapshot(io, locale, (ledgers) =>
    checkSite(site, { nowMs, version: buildVersion(), locale, html: false, ledgers }),
  )
  if (site.loadedConfig.failed) {
    io.stdout.write(
      reportPretty(diagnostics, summarize(diagnostics, 0), {
        color: useColor(io),
        locale,
        perRule: PRETTY_PER_RULE,
      }),
    )
    return EXIT.usage
  }
  switch (flags.format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(planToJson(plan), null, 2)}\n`)
      break
    case 'ics': {
      const ics = planToIcs(plan, site.articles, nowMs, locale)
      if (!ics.ok) {
        io.stderr.write(`wxpress: ${ics.error}\n`)
        return EXIT.usage
      }
      io.stdout.write(ics.ics)
      break
    }
    case 'markdown':
      io.stdout.write(formatPlanMarkdown(plan, site.articles, locale))
      break
    default:
      io.stdout.write(formatPlanPretty(plan, site.articles, nowMs, locale))
      if (plan.diagnostics.length + plan.unreadableErrors.length > 0) {
        // a push-level finding once (on the first of its articles), not once per article; the summary counts them all;
        // the errors of an article whose front-matter cannot be read are shown and counted too
        const all = [...plan.diagnostics, ...plan.unreadableErrors]
        const once = [
          ...distinctDiagnostics(plan.diagnostics).map((x) => x.diagnostic),
          ...plan.unreadableErrors,
        ]
        io.stdout.write(
          '\n' +
            reportPretty(once, summarize(all, site.articles.length), {
              color: useColor(io),
              locale,
              perRule: PRETTY_PER_RULE,
            }),
        )
      }
  }
  const errors = plan.unreadableErrors.length > 0 || plan.diagnostics.some((d) => d.severity === 'error')
  return errors ? EXIT.errors : EXIT.ok
}
