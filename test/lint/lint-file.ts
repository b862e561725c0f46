/** Lints an article file as a check does (the default config, or a site's), and a fixture's config. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configSchema, defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createLinter } from '../../src/lint/lint-article.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()
const linter = createLinter({ config })

export async function lintFile(absolutePath: string, root = here, siteConfig = config) {
  const article = await loadArticle({
    root,
    absolutePath,
    slug: path.basename(path.dirname(absolutePath)),
    config: siteConfig,
  })
  ;(siteConfig === config ? linter : createLinter({ config: siteConfig })).lint(article)
  return article
}

/** A fixture folder's `config.json` (rule options, e.g. a lower `max`), or the default config. */
export function fixtureConfig(dir: string) {
  const file = path.join(dir, 'config.json')
  return existsSync(file) ? configSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : config
}
