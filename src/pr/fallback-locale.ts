/**
 * The site's language when its config cannot be read (a PR that breaks `wxpress.config.json`): pr-check
 * then reports in the language of the last readable config — the base branch's — or of the `"locale"`
 * the broken text still names, never the default English in a Chinese team's PR.
 */
import type { Locale } from '../i18n/message.js'

const LOCALE_IN_TEXT = /["']?\blocale["']?\s*[:=]\s*["'](zh-CN|en)["']/

/** The locale a config text names (a best-effort read that needs no valid JSON), if any. */
export function localeInText(text: string | undefined): Locale | undefined {
  if (text === undefined) return undefined
  try {
    const value = (JSON.parse(text) as { locale?: unknown } | null)?.locale
    if (value === 'zh-CN' || value === 'en') return value
  } catch {
    // not JSON (a broken one, or a .ts/.mjs config): read the text itself
  }
  return LOCALE_IN_TEXT.exec(text)?.[1] as Locale | undefined
}

/** `base`: the config's text on the base branch; `head`: the unreadable config's own text. */
export function fallbackLocale(
  base: string | undefined,
  head: string | undefined,
  otherwise: Locale,
): Locale {
  return localeInText(base) ?? localeInText(head) ?? otherwise
}
