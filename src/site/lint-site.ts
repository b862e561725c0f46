/**
 * Lints the selected articles, replaying cached findings for unchanged files (the cache key is
 * the file's bytes, the config and the wxpress version).
 */
import { hashKey } from '../cache/create-cache.js'
import type { Article } from '../content/article.js'
import { recordsSince, replayRecords, type MessageRecord } from '../diagnostics/message-records.js'
import type { Linter } from '../lint/lint-article.js'
import { siteCache, type Site } from './load-site.js'

export function lintKey(site: Site, article: Article, version: string): string {
  return hashKey('lint', version, JSON.stringify(site.config), site.loadedConfig.codeHash, article.path, article.hash)
}

export async function lintSite(site: Site, options: { cacheDir: string | undefined; version: string }): Promise<void> {
  const cache = siteCache(site, options.cacheDir)
  let linter: Promise<Linter> | undefined
  await Promise.all(
    site.selected.map(async (article) => {
      if (!article.readable) return
      const key = lintKey(site, article, options.version)
      const hit = await cache.get<MessageRecord[]>('lint', key)
      if (hit) {
        replayRecords(article.file, hit)
        return
      }
      // the linter (Markdown parser, autocorrect) loads on the first cache miss only
      linter ??= import('../lint/lint-article.js').then((m) => m.createLinter({ config: site.config }))
      const lint = await linter
      const before = article.file.messages.length
      lint.lint(article)
      await cache.set('lint', key, recordsSince(article.file, before))
    }),
  )
}
