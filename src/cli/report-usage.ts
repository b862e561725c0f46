import { fromMessage } from '../diagnostics/collect-diagnostics.js'
import { summarize } from '../diagnostics/summarize.js'
import type { Diagnostic, Stage } from '../diagnostics/diagnostic.js'
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
 */
export function reportUsage(
  io: CliIO,
  site: Pick<Site, 'usage'>,
  json?: UsageJson,
  locale: Locale = 'en',
): boolean {
  const diagnostics = site.usage.messages.map((m) => fromMessage(m, '(command line)', locale))
  for (const d of diagnostics) {
    io.stderr.write(`wxpress: ${d.message}\n`)
    if (d.hint) io.stderr.write(`${t(locale, reportMessages.msg.hint({ hint: d.hint }))}\n`)
  }
  if (diagnostics.length === 0) return false
  if (json) io.stdout.write(json(diagnostics))
  return true
}

/** The `--format json` documents of the commands that have one, for usage errors (empty results). */
const USAGE_JSON: Record<string, UsageJson> = {
  check: checkUsageJson,
  render: checkUsageJson,
  // nothing was read, so the site's time zone is not known
  stats: statsUsageJson,
  plan: (diagnostics) =>
    `${JSON.stringify({ version: 1, timezone: null, pushes: [], unscheduled: [], diagnostics }, null, 2)}\n`,
}

/** The `wxpress <command>` the arguments name (the first argument that is not an option), if any. */
function commandOf(argv: readonly string[]): { name: string; args: readonly string[] } | undefined {
  const at = argv.findIndex((a) => !a.startsWith('-'))
  return at < 0 ? undefined : { name: argv[at]!, args: argv.slice(at + 1) }
}

/** Whether the arguments ask for `--format json` (read from argv: commander may stop before it parses it). */
function wantsJson(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return false
    if (args[i] === '--format=json' || (args[i] === '--format' && args[i + 1] === 'json')) return true
  }
  return false
}

/**
 * The diagnostic of a command-line error commander found while parsing (unknown option, invalid or
 * missing option value, too many arguments); undefined for help/version and unknown commands.
 */
export function optionErrorDiagnostic(
  code: string,
  message: string,
  command: string,
): Diagnostic | undefined {
  const text = message.replace(/^error:\s*/, '').trim()
  const help = `Run \`wxpress ${command} --help\` for the options.`
  const base = {
    file: '(command line)',
    line: 1,
    column: 1,
    severity: 'error' as const,
    source: 'config' satisfies Stage,
  }
  let m: RegExpMatchArray | null
  switch (code) {
    case 'commander.unknownOption': {
      m = /^unknown option '([^']*)'(?:\s*\(Did you mean ([^)?]*)\?\))?/.exec(text)
      const flag = m?.[1] ?? ''
      return {
        ...base,
        ruleId: 'cli/unknown-option',
        message: `Unknown option \`${flag}\` for wxpress ${command}`,
        value: flag,
        hint: m?.[2] ? `Did you mean \`${m[2]}\`? ${help}` : help,
      }
    }
    case 'commander.invalidArgument': {
      m = /^option '([^']*)' argument '([\s\S]*)' is invalid\.\s*([\s\S]*)$/.exec(text)
      if (!m) return { ...base, ruleId: 'cli/invalid-option', message: text, hint: help }
      const long = /--[\w-]+/.exec(m[1]!)?.[0] ?? m[1]!
      return {
        ...base,
        ruleId: 'cli/invalid-option',
        message: `Invalid value for ${long}: ${m[3] || `"${m[2]}"`}`.trim(),
        field: long,
        value: m[2]!,
        hint:
          m[3] && /allowed choices/i.test(m[3])
            ? `Use one of the allowed choices. ${help}`
            : `Fix the value of ${long}. ${help}`,
      }
    }
    case 'commander.optionMissingArgument': {
      m = /^option '([^']*)' argument missing/.exec(text)
      const long = /--[\w-]+/.exec(m?.[1] ?? '')?.[0] ?? m?.[1] ?? ''
      return {
        ...base,
        ruleId: 'cli/missing-option-value',
        message: `Option ${m?.[1] ?? long} needs a value`,
        field: long,
        value: long,
        hint: `Write the value after the option (\`${long} <value>\` or \`${long}=<value>\`). ${help}`,
      }
    }
    case 'commander.excessArguments':
    case 'commander.missingArgument':
    case 'commander.missingMandatoryOptionValue':
    case 'commander.conflictingOption':
      return { ...base, ruleId: 'cli/invalid-arguments', message: text, hint: help }
    default:
      return undefined
  }
}

/**
 * For `--format json` runs that commander stopped on a command-line error: the command's one JSON
 * document (DESIGN §4), holding that error as a `cli/…` diagnostic. Undefined when no JSON was asked for.
 */
export function optionErrorJson(argv: readonly string[], code: string, message: string): string | undefined {
  const command = commandOf(argv)
  if (!command || !wantsJson(command.args)) return undefined
  const json = USAGE_JSON[command.name]
  const diagnostic = json && optionErrorDiagnostic(code, message, command.name)
  return diagnostic ? json([diagnostic]) : undefined
}
