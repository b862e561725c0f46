import { fromMessage, summarize, type Diagnostic } from '../diagnostics/diagnostic.js'
import { reportJson } from '../diagnostics/report-json.js'
import type { Site } from '../site/load-site.js'
import type { CliIO } from './io.js'

/** The single `--format json` document a command prints when it stops on usage errors. */
export type UsageJson = (diagnostics: Diagnostic[]) => string

/** `check`/`render`: `{ version, files: [], diagnostics, summary }`. */
export const checkUsageJson: UsageJson = (diagnostics) => reportJson([], diagnostics, summarize(diagnostics, 0))

/**
 * Prints command-line problems found while loading the site (unknown slugs, missing content folder,
 * unknown theme) on stderr; true when any. With `json`, stdout still gets the command's one JSON
 * document, holding them as diagnostics (DESIGN §4: `--format json` prints exactly one document).
 */
export function reportUsage(io: CliIO, site: Pick<Site, 'usage'>, json?: UsageJson): boolean {
  for (const message of site.usage.messages) {
    io.stderr.write(`wxpress: ${message.reason}\n`)
    if (message.note) io.stderr.write(`hint: ${message.note}\n`)
  }
  if (site.usage.messages.length === 0) return false
  if (json) io.stdout.write(json(site.usage.messages.map((m) => fromMessage(m, '(command line)'))))
  return true
}
