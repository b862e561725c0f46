/** `wxpress due`: true/false on stdout, the reasons on stderr. */
import { loadSite } from '../../site/load-site.js'
import { groupPushes } from '../../schedule/group-pushes.js'
import { isDue } from '../../state/is-due.js'
import { ledgerReader } from '../../state/ledger-view.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'
import { reportUsage } from '../report-usage.js'
import type { DueFlags } from './flags.js'
import { t } from '../../i18n/catalogue.js'
import { statsMessages } from '../../i18n/messages/stats.js'

export async function runDue(io: CliIO, flags: DueFlags): Promise<number> {
  const site = await loadSite({ root: io.cwd, config: flags.config, content: flags.content })
  const locale = flags.locale ?? site.config.locale
  if (site.loadedConfig.failed) {
    io.stderr.write(`${t(locale, statsMessages.msg.configErrors())}\n`)
    return EXIT.usage
  }
  if (reportUsage(io, site, undefined, locale)) return EXIT.usage
  const { due, reasons } = await isDue({
    pushes: groupPushes(site.articles, site.config),
    ledgerOf: ledgerReader(site.root),
    nowMs: resolveNow(flags.now),
    maxLatenessMs: site.config.schedule.maxLatenessMinutes * 60_000,
    timezone: site.config.timezone,
    locale,
  })
  for (const reason of reasons) io.stderr.write(`${t(locale, reason)}\n`)
  io.stdout.write(`${due}\n`)
  return EXIT.ok
}
