import { fromMessage } from '../diagnostics/collect-diagnostics.js'
import { summarize } from '../diagnostics/summarize.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { reportJson } from '../diagnostics/report-json.js'
import type { Site } from '../site/load-site.js'
import type { CliIO } from './io.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { reportMessages } from '../i18n/messages/report.js'

/** The single `--format json` document a command prints when it stops on usage errors. */
export type UsageJson = (diagnostics: Diagnostic[]) => string

/** `check`/`render`: `{ version, files: [], diagnostics, summary }`. */
export const checkUsageJson: UsageJson = (diagnostics) =>
  reportJson([], diagnostics, summarize(diagnostics, 0))

/**
 * `stats`: its normal document `{ version, articles, problems, diagnostics }` with no statistics read.
 * (`publish` has no `--format`: its output is a log, so `publish --format json` is itself an unknown option.)
 */
export const statsUsageJson: UsageJson = (diagnostics) =>
  `${JSON.stringify({ version: 1, articles: [], problems: [], diagnostics }, null, 2)}\n`

/**
 * Prints command-line problems found while loading the site (unknown slugs, missing content folder,
 * unknown theme) on stderr; true when any. With `json`, stdout still gets the command's one JSON
 * document, holding them as diagnostics (DESIGN §4: `--format json` prints exactly one document).
 * With `ids`, each message is followed by its rule id in brackets (`… [pr/not-the-pr-checkout]`), for
 * the set-up errors a reviewer reads in an Actions log and searches for.
 */
export function reportUsage(
  io: CliIO,
  site: Pick<Site, 'usage'>,
  json?: UsageJson,
  locale: Locale = 'en',
  ids = false,
): boolean {
  const diagnostics = site.usage.messages.map((m) => fromMessage(m, '(command line)', locale))
  for (const d of diagnostics) {
    // the id in brackets, the same in both locales (like the `wxpress: ` before it)
    io.stderr.write(`wxpress: ${d.message}${ids ? ` [${d.ruleId}]` : ''}\n`)
    if (d.hint) io.stderr.write(`${t(locale, reportMessages.msg.hint({ hint: d.hint }))}\n`)
  }
  if (diagnostics.length === 0) return false
  if (json) io.stdout.write(json(diagnostics))
  return true
}
