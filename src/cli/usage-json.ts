/**
 * The `--format json` document of a run that commander stopped on a command-line error (DESIGN §4:
 * exactly one document), holding that error as a `cli/…` diagnostic in the site's locale.
 */
import type { Diagnostic, Stage } from '../diagnostics/diagnostic.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { cliUsageMessages } from '../i18n/messages/cli-usage.js'
import { checkUsageJson, statsUsageJson, type UsageJson } from './report-usage.js'
import { reasonText, usageText, type UsageProblem } from './usage-problem.js'
const { msg } = cliUsageMessages

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
  p: UsageProblem,
  command: string,
  locale: Locale = 'en',
): Diagnostic | undefined {
  const help = t(locale, msg.optionsHelp({ command }))
  const base = {
    file: '(command line)',
    line: 1,
    column: 1,
    severity: 'error' as const,
    source: 'config' satisfies Stage,
  }
  switch (p.code) {
    case 'commander.unknownOption': {
      const flag = p.kind === 'unknownOption' ? p.flag : ''
      const s = p.kind === 'unknownOption' ? p.suggestions : []
      return {
        ...base,
        ruleId: 'cli/unknown-option',
        message: t(locale, msg.unknownOptionOf({ flag, command })),
        value: flag,
        // several suggestions read as `--a`, `--b`
        hint: s.length > 0 ? t(locale, msg.didYouMeanHint({ s: s.join('`, `'), help })) : help,
      }
    }
    case 'commander.invalidArgument': {
      if (p.kind !== 'invalidValue')
        return { ...base, ruleId: 'cli/invalid-option', message: usageText(p, locale), hint: help }
      const reason = reasonText(p, locale) || `"${p.value}"`
      const choices = /allowed choices/i.test(p.reason)
      return {
        ...base,
        ruleId: 'cli/invalid-option',
        message: t(locale, msg.invalidValueOf({ option: p.option, value: p.value, reason })).trim(),
        field: p.option,
        value: p.value,
        hint: t(
          locale,
          choices ? msg.useChoicesHint({ help }) : msg.fixValueHint({ option: p.option, help }),
        ),
      }
    }
    case 'commander.optionMissingArgument': {
      const flags = p.kind === 'missingValue' ? p.flags : ''
      const option = p.kind === 'missingValue' ? p.option : ''
      return {
        ...base,
        ruleId: 'cli/missing-option-value',
        message: t(locale, msg.needsValue({ flags, option })),
        field: option,
        value: option,
        hint: t(locale, msg.needsValueHint({ option, help })),
      }
    }
    case 'commander.excessArguments':
    case 'commander.missingArgument':
    case 'commander.missingMandatoryOptionValue':
    case 'commander.conflictingOption':
      return { ...base, ruleId: 'cli/invalid-arguments', message: usageText(p, locale), hint: help }
    default:
      return undefined
  }
}

/** For `--format json` runs: the command's one JSON document with the error; undefined when none was asked for. */
export function optionErrorJson(
  argv: readonly string[],
  p: UsageProblem,
  locale: Locale = 'en',
): string | undefined {
  const command = commandOf(argv)
  if (!command || !wantsJson(command.args)) return undefined
  const json = USAGE_JSON[command.name]
  const diagnostic = json && optionErrorDiagnostic(p, command.name, locale)
  return diagnostic ? json([diagnostic]) : undefined
}
