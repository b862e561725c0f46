/**
 * Options shared by the commands that read articles, and their parsing helpers.
 */
import { type Command, InvalidArgumentError, Option } from './commander.js'
import { nowProblem, parseNow } from '../core/date-time.js'

export interface SiteFlags {
  content?: string
  config?: string
}

/** Adds `--content <dir>` and `--config <file>`. */
export function withSiteOptions(command: Command): Command {
  return command
    .option('--content <dir>', 'content folder holding <slug>/index.md (default: content/)')
    .option('--config <file>', 'config file (default: wxpress.config.ts|mjs|json in the site root)')
}

/** `--now <iso>`: the clock, for reproducible runs and tests. */
export function nowOption(): Option {
  return new Option('--now <iso>', 'pretend the current time is <iso> (ISO-8601 with offset)').argParser(
    (value: string) => {
      const problem = nowProblem(value)
      if (problem)
        throw new InvalidArgumentError(
          `expected an ISO-8601 date-time with offset, e.g. 2027-04-15T08:00:00+08:00; "${value}" is ${problem}`,
        )
      return value
    },
  )
}

/** Resolves `--now` (or the real clock) to epoch ms. */
export function resolveNow(value: string | undefined): number {
  return value === undefined ? Date.now() : (parseNow(value, 'UTC') ?? Date.now())
}

/** `-j, --jobs <n>`: threads for articles not in the cache, the main one included (1 = no worker threads; default: chosen from the CPU count). */
export function jobsOption(): Option {
  return new Option(
    '-j, --jobs <n>',
    'threads for articles not in the cache, counting the main one (1 = no worker threads; default: one per core from 400 uncached articles)',
  ).argParser((value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw new InvalidArgumentError(`expected a whole number from 1 to 64 (got "${value}")`)
    return n
  })
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('--format <format>', 'output format').choices([...formats]).default(fallback)
}

/** `--locale <locale>`: language of messages and summaries, overriding config `locale` (DESIGN §9). */
export function localeOption(): Option {
  return new Option(
    '--locale <locale>',
    'language of messages and summaries (default: config `locale`, else en)',
  ).choices(['en', 'zh-CN'])
}
