/**
 * A command-line error commander found (its error code and English text), read into its parts so it
 * can be written in the site's locale: on stderr (`usageText`) and in `--format json` (usage-json.ts).
 */
import type { Command } from './commander.js'
import { invalidReason } from './options.js'
import { t } from '../i18n/catalogue.js'
import type { Locale, Message } from '../i18n/message.js'
import { cliUsageMessages } from '../i18n/messages/cli-usage.js'
const { msg } = cliUsageMessages

export type UsageProblem = {
  code: string
  /** commander's text without `error: ` (what English prints). */
  text: string
} & (
  | { kind: 'unknownOption'; flag: string; suggestions: string[] }
  | { kind: 'unknownCommand'; name: string; suggestions: string[] }
  | {
      kind: 'invalidValue'
      flags: string
      option: string
      value: string
      reason: string
      why: Message | undefined
    }
  | { kind: 'missingValue'; flags: string; option: string }
  | { kind: 'tooManyArguments'; command: string; expected: number; got: number }
  | { kind: 'missingArgument'; name: string }
  | { kind: 'missingOption'; option: string }
  | { kind: 'conflicting'; option: string; other: string }
  | { kind: 'other' }
)

/** `-j, --jobs <n>` → `--jobs`. */
const longOf = (flags: string) => /--[\w-]+/.exec(flags)?.[0] ?? flags

/** commander's `\n(Did you mean x?)` / `\n(Did you mean one of x, y?)`, split off the text. */
function suggestionsOf(text: string): { head: string; suggestions: string[] } {
  const m = /\s*\(Did you mean (one of )?([^)]*?)\?\)$/.exec(text)
  if (!m) return { head: text, suggestions: [] }
  return { head: text.slice(0, m.index), suggestions: m[1] ? m[2]!.split(', ') : [m[2]!] }
}

/** `option '--fix'` → `--fix` (other forms, e.g. environment variables, stay as written). */
const conflictPart = (part: string) => /^option '([^']*)'$/.exec(part)?.[1] ?? part

/** Reads commander's error. `command`: the command that failed, whose options give the reasons. */
export function parseUsageError(code: string, message: string, command?: Command): UsageProblem {
  const text = message.replace(/^error:\s*/, '').trim()
  const base = { code, text }
  let m: RegExpExecArray | null
  switch (code) {
    case 'commander.unknownOption':
    case 'commander.unknownCommand': {
      const { head, suggestions } = suggestionsOf(text)
      m = /^unknown (option|command) '([\s\S]*)'$/.exec(head)
      if (!m) break
      return m[1] === 'option'
        ? { ...base, kind: 'unknownOption', flag: m[2]!, suggestions }
        : { ...base, kind: 'unknownCommand', name: m[2]!, suggestions }
    }
    case 'commander.invalidArgument': {
      m = /^option '([^']*)' argument '([\s\S]*)' is invalid\.\s*([\s\S]*)$/.exec(text)
      if (!m) break
      const [, flags, value, reason] = m as unknown as [string, string, string, string]
      const option = command?.options.find((o) => o.flags === flags)
      const why = option && invalidReason(option, value)
      return { ...base, kind: 'invalidValue', flags, option: longOf(flags), value, reason, why }
    }
    case 'commander.optionMissingArgument': {
      m = /^option '([^']*)' argument missing/.exec(text)
      if (!m) break
      return { ...base, kind: 'missingValue', flags: m[1]!, option: longOf(m[1]!) }
    }
    case 'commander.excessArguments': {
      m = /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text)
      if (!m) break
      const [, name = '', expected, got] = m
      return {
        ...base,
        kind: 'tooManyArguments',
        command: name,
        expected: Number(expected),
        got: Number(got),
      }
    }
    case 'commander.missingArgument': {
      m = /^missing required argument '([^']*)'$/.exec(text)
      if (m) return { ...base, kind: 'missingArgument', name: m[1]! }
      break
    }
    case 'commander.missingMandatoryOptionValue': {
      m = /^required option '([^']*)' not specified$/.exec(text)
      if (m) return { ...base, kind: 'missingOption', option: longOf(m[1]!) }
      break
    }
    case 'commander.conflictingOption': {
      m = /^(.*) cannot be used with (.*)$/.exec(text)
      if (m) return { ...base, kind: 'conflicting', option: conflictPart(m[1]!), other: conflictPart(m[2]!) }
      break
    }
  }
  return { ...base, kind: 'other' }
}

/** The suggestion of an unknown option or command, in `locale` (empty without one). */
function suggestionText(suggestions: string[], locale: Locale): string {
  if (suggestions.length === 0) return ''
  return t(
    locale,
    suggestions.length === 1
      ? msg.didYouMean({ s: suggestions[0]! })
      : msg.didYouMeanOneOf({ list: suggestions.join(', ') }),
  )
}

/** Why an option value is invalid, in `locale` (the parser's English text when it has no message). */
export const reasonText = (p: Extract<UsageProblem, { kind: 'invalidValue' }>, locale: Locale): string =>
  locale !== 'en' && p.why ? t(locale, p.why) : p.reason

/** The problem's text (no `error: `) in `locale`; English is commander's own text, unchanged. */
export function usageText(p: UsageProblem, locale: Locale): string {
  if (locale === 'en') return p.text
  switch (p.kind) {
    case 'unknownOption':
      return t(locale, msg.unknownOption({ flag: p.flag })) + suggestionText(p.suggestions, locale)
    case 'unknownCommand':
      return t(locale, msg.unknownCommand({ name: p.name })) + suggestionText(p.suggestions, locale)
    case 'invalidValue':
      return t(
        locale,
        msg.invalidValue({ flags: p.flags, option: p.option, value: p.value, reason: reasonText(p, locale) }),
      )
    case 'missingValue':
      return t(locale, msg.missingValue({ flags: p.flags, option: p.option }))
    case 'tooManyArguments':
      return t(locale, msg.tooManyArguments({ command: p.command, expected: p.expected, got: p.got }))
    case 'missingArgument':
      return t(locale, msg.missingArgument({ name: p.name }))
    case 'missingOption':
      return t(locale, msg.missingOption({ option: p.option }))
    case 'conflicting':
      return t(locale, msg.conflicting({ option: p.option, other: p.other }))
    default:
      return p.text
  }
}
