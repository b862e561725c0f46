/**
 * The site's language when its config cannot be read (a PR that breaks `wxpress.config.json`): pr-check
 * then reports in the language of the last readable config — the base branch's — or of the `"locale"`
 * the broken text still names, never the default English in a Chinese team's PR.
 */
import type { Locale } from '../i18n/message.js'
import { localeInText } from '../config/locale-in-text.js'

/** `base`: the config's text on the base branch; `head`: the unreadable config's own text. */
export function fallbackLocale(
  base: string | undefined,
  head: string | undefined,
  otherwise: Locale,
): Locale {
  return localeInText(base) ?? localeInText(head) ?? otherwise
}
