/**
 * The locale of a command-line error or a help screen (DESIGN §9), found only once commander has
 * stopped on an error or argv shows help (`help-locale.ts`), so that start-up never loads the config
 * for it: `--locale` in argv, else the site config's
 * `locale` (`--config <file>` or the config found in the site root), else en. A config that cannot be
 * read or has errors says nothing trustworthy: en.
 */
import type { Locale } from '../i18n/message.js'
import { LOCALES } from '../i18n/message.js'

/** The value of the last `--<name> <value>` / `--<name>=<value>` before `--`. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg === name) value = argv[++i]
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1)
  }
  return value
}

const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale)

export async function usageLocale(argv: readonly string[], cwd: string): Promise<Locale> {
  const flag = flagValue(argv, '--locale')
  return isLocale(flag) ? flag : configLocale(cwd, flagValue(argv, '--config'))
}

/** The site config's `locale`; en when there is no config or it cannot be loaded (never throws). */
export async function configLocale(cwd: string, configPath?: string): Promise<Locale> {
  try {
    const { loadConfig } = await import('../config/load-config.js')
    const loaded = await loadConfig(cwd, configPath)
    return !loaded.failed && isLocale(loaded.config.locale) ? loaded.config.locale : 'en'
  } catch {
    return 'en'
  }
}
