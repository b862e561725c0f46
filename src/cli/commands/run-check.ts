/**
 * The `check` command's action: load the site, run every stage, print the chosen report.
 */
import { VFile } from '../../core/vfile.js'
import { reportGithub } from '../../diagnostics/report-github.js'
import { reportJson } from '../../diagnostics/report-json.js'
import { reportMarkdown } from '../../diagnostics/report-markdown.js'
import { PRETTY_PER_RULE, reportPretty } from '../../diagnostics/report-pretty.js'
import { checkSite } from '../../site/check-site.js'
import { loadSite } from '../../site/load-site.js'
import { EXIT, useColor, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { withLedgerSnapshot } from './ledger-snapshot.js'
import type { CheckFlags } from './flags.js'
import { checkUsageJson, reportUsage } from '../report-usage.js'
import { buildVersion } from '../version.js'
import { t } from '../../i18n/catalogue.js'
import { reportMessages } from '../../i18n/messages/report.js'

export async function runCheck(io: CliIO, slugs: string[], flags: CheckFlags): Promise<number> {
  let selection = slugs
  if (flags.changed) {
    // git (through execa, ≈ 100 modules) is loaded only for --changed
    const { changedSlugs } = await import('./changed-slugs.js')
    const usage = new VFile({ path: '(command line)', cwd: io.cwd })
    const changed = await changedSlugs(io, flags.changed, flags.content, usage)
    if (changed === undefined) {
      reportUsage(io, { usage }, flags.format === 'json' ? checkUsageJson : undefined, flags.locale ?? 'en')
      return EXIT.usage
    }
    selection = [...new Set([...slugs, ...changed])]
    if (selection.length === 0) {
      const empty = {
        version: 1,
        files: [],
        diagnostics: [],
        summary: { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 },
      }
      const locale = flags.locale ?? 'en' // the config is not loaded yet
      io.stdout.write(
        flags.format === 'json'
          ? `${JSON.stringify(empty)}\n`
          : `${t(locale, reportMessages.msg.noChanges({ ref: flags.changed }))}\n`,
      )
      return EXIT.ok
    }
  }
  const fixing = flags.fix === true || flags.fixDryRun === true
  const version = buildVersion()
  const siteOptions = {
    root: io.cwd,
    config: flags.config,
    content: flags.content,
    slugs: selection,
    cacheVersion: flags.cache ? version : undefined,
  }
  // many uncached articles: helper threads lint and render some of them (not before a fix changes them)
  const helpers = flags.cache ? { lint: true, version, jobs: flags.jobs } : undefined
  let site = await loadSite({ ...siteOptions, helpers: fixing ? undefined : helpers })
  const locale = flags.locale ?? site.config.locale
  if (reportUsage(io, site, flags.format === 'json' ? checkUsageJson : undefined, locale)) return EXIT.usage
  if (fixing && !site.loadedConfig.failed) {
    const { runFix, reportUnwritable } = await import('./run-fix.js')
    const unwritable = await runFix(io, site, flags.fixDryRun === true, locale)
    site = await loadSite({ ...siteOptions, helpers })
    reportUnwritable(site, unwritable)
  }
  const result = await withLedgerSnapshot(io, locale, (ledgers) =>
    checkSite(site, {
      nowMs: resolveNow(flags.now),
      version,
      noCache: !flags.cache,
      locale,
      html: false,
      ledgers,
    }),
  )
  reportUsage(io, site, undefined, locale) // a helper thread that failed
  const { diagnostics, summary } = result
  switch (flags.format) {
    case 'json':
      io.stdout.write(reportJson(result.files, diagnostics, summary))
      break
    case 'github':
      io.stdout.write(reportGithub(diagnostics, locale))
      io.stdout.write(
        reportPretty(diagnostics, summary, { color: false, quiet: true, locale, perRule: PRETTY_PER_RULE }),
      )
      break
    case 'markdown':
      io.stdout.write(reportMarkdown(diagnostics, summary, locale))
      break
    default:
      if (site.articles.length === 0 && !site.loadedConfig.failed) {
        io.stderr.write(
          `${t(locale, reportMessages.msg.noArticles({ dir: flags.content ?? site.config.content }))}\n`,
        )
      }
      io.stdout.write(
        reportPretty(diagnostics, summary, {
          color: useColor(io),
          quiet: flags.quiet === true,
          locale,
          perRule: PRETTY_PER_RULE,
        }),
      )
  }
  if (site.loadedConfig.failed) return EXIT.usage
  return summary.errors > 0 ? EXIT.errors : EXIT.ok
}
