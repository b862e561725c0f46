/** The language pr-check writes in when it cannot read the config it would take it from. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileAt } from '../../github/git.js'
import type { Locale } from '../../i18n/message.js'
import { fallbackLocale } from '../../pr/fallback-locale.js'
import type { Site } from '../../site/load-site.js'

/** The config's locale; when the config cannot be read, that of the base branch's config (or its text). */
export async function siteLocale(cwd: string, site: Site, base: string | undefined): Promise<Locale> {
  const file = site.loadedConfig.path
  if (!site.loadedConfig.failed || !file) return site.config.locale
  const baseText = base ? await fileAt(cwd, base, file) : undefined
  const headText = await readFile(path.join(site.root, file), 'utf8').catch(() => undefined)
  return fallbackLocale(baseText, headText, site.config.locale)
}
