/**
 * Prints a command-line error commander stopped on, in the site's locale (DESIGN §9): one `error: …`
 * line (the suggestion included), then the failing command's `(run … --help …)` line; `--format json`
 * runs also get their one document on stdout. Loaded only on this path, like the config it reads.
 */
import type { Command, CommanderError } from './commander.js'
import type { CliIO } from './io.js'
import { t } from '../i18n/catalogue.js'
import { cliUsageMessages } from '../i18n/messages/cli-usage.js'
import { optionErrorJson } from './usage-json.js'
import { usageLocale } from './usage-locale.js'
import { parseUsageError, usageText } from './usage-problem.js'
const { msg } = cliUsageMessages

/**
 * Where commander's error went: it is not printed as it happens (`outputError`) but by
 * `reportUsageError`, in the site's locale, with the failing command's help line.
 */
export interface UsageFailure {
  command?: Command
  /** The command's `(run … --help …)` line: `program` for wxpress itself, else its name. */
  help?: string | undefined
}

export async function reportUsageError(
  io: CliIO,
  argv: readonly string[],
  error: CommanderError,
  failed: UsageFailure,
): Promise<void> {
  const locale = await usageLocale(argv, io.cwd)
  const problem = parseUsageError(error.code, error.message, failed.command)
  // English is commander's text as it is
  io.stderr.write(
    `${locale === 'en' ? error.message : t(locale, msg.error({ text: usageText(problem, locale) }))}\n`,
  )
  if (failed.help)
    io.stderr.write(
      `${t(locale, failed.help === 'program' ? msg.helpLineProgram() : msg.helpLine({ command: failed.help }))}\n`,
    )
  const json = optionErrorJson(argv, problem, locale)
  if (json) io.stdout.write(json)
}
