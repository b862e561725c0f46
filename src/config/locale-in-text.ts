/** The language a config text names when the config cannot be used (broken JSON, invalid values). */
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
