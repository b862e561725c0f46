/**
 * Options shared by the commands that read articles, and their parsing helpers.
 */
import { type Command, InvalidArgumentError, type Option } from './commander.js'
import { type HelpEntry, option } from './help.js'
import { nowProblem, parseNow } from '../core/date-time.js'
import { t } from '../i18n/catalogue.js'
import type { Message } from '../i18n/message.js'
import { cliUsageMessages } from '../i18n/messages/cli-usage.js'
import { sharedHelp } from '../i18n/messages/cli-help.js'
const { msg } = cliUsageMessages

type Problem = (value: string) => Message | undefined
const PROBLEMS = new WeakMap<(value: string) => unknown, Problem>()

/**
 * An option-value parser that rejects what `problem` finds: commander prints the reason in English
 * (its error text); on a usage error `invalidReason` gives it as a message, for the site's locale.
 */
export function checked<T>(problem: Problem, parse: (value: string) => T): (value: string) => T {
  const parser = (value: string): T => {
    const reason = problem(value)
    if (reason) throw new InvalidArgumentError(t('en', reason))
    return parse(value)
  }
  PROBLEMS.set(parser, problem)
  return parser
}

/** Why `value` is invalid for `option` (its choices or its `checked` parser); undefined if unknown. */
export function invalidReason(option: Option, value: string): Message | undefined {
  if (option.argChoices) return msg.choices({ choices: option.argChoices.join(', ') })
  const parser = option.parseArg as ((value: string) => unknown) | undefined
  return parser && PROBLEMS.get(parser)?.(value)
}

/** A whole number from `min` (default 0), with the message for values that are not. */
export function wholeNumber(message: (value: string) => Message, min = 0): (value: string) => number {
  return checked(
    (value) => (Number.isInteger(Number(value)) && Number(value) >= min ? undefined : message(value)),
    Number,
  )
}

/** `-p, --port <n>`'s parser: 0–65535. */
export const portNumber = checked((value) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? undefined : msg.port()
}, Number)

export interface SiteFlags {
  content?: string
  config?: string
}

/** Adds `--content <dir>` and `--config <file>`. */
export function withSiteOptions(command: Command): Command {
  return command
    .addOption(option('--content <dir>', sharedHelp.content))
    .addOption(option('--config <file>', sharedHelp.config))
}

/** `--now <iso>`: the clock, for reproducible runs and tests. */
export function nowOption(): Option {
  return option('--now <iso>', sharedHelp.now).argParser(
    checked(
      (value) => {
        const problem = nowProblem(value)
        return problem === undefined ? undefined : msg.now({ value, problem })
      },
      (value) => value,
    ),
  )
}

/** Resolves `--now` (or the real clock) to epoch ms. */
export function resolveNow(value: string | undefined): number {
  return value === undefined ? Date.now() : (parseNow(value, 'UTC') ?? Date.now())
}

/** `-j, --jobs <n>`: threads for articles not in the cache, the main one included (1 = no worker threads; default: chosen from the CPU count). */
export function jobsOption(): Option {
  return option('-j, --jobs <n>', sharedHelp.jobs).argParser(
    checked((value) => {
      const n = Number(value)
      return Number.isInteger(n) && n >= 1 && n <= 64
        ? undefined
        : msg.wholeNumberRange({ min: 1, max: 64, value })
    }, Number),
  )
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return option('--format <format>', sharedHelp.format)
    .choices([...formats])
    .default(fallback)
}

/** `--locale <locale>`: language of messages and summaries, overriding config `locale` (DESIGN §9). */
export function localeOption(help: HelpEntry = sharedHelp.locale): Option {
  return option('--locale <locale>', help).choices(['en', 'zh-CN'])
}
