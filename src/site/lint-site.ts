/**
 * Lints the selected articles, replaying cached findings for unchanged files (the cache key is
 * the file's bytes, the config and the wxpress version).
 */
import { hashKey } from '../cache/create-cache.js'
import type { Article } from '../content/article.js'
import { recordsSince, replayRecords, type MessageRecord } from '../diagnostics/message-records.js'
import type { Linter } from '../lint/lint-article.js'
import type { ParsedBody } from '../content/share-parse.js'
import { siteCache, type Site } from './load-site.js'

/** The cache key of an article's findings; `configJson`: `JSON.stringify(site.config)`. */
export function lintKey(site: Site, article: Article, version: string, configJson?: string): string {
  return hashKey(
    'lint',
    version,
    configJson ?? JSON.stringify(site.config),
    site.loadedConfig.codeHash,
    article.path,
    article.hash,
  )
}

/** Lints one article of the site or replays its cached findings. */
export interface SiteLinter {
  /** `parsed`: the article's shared parse, for a cache miss. */
  lint(article: Article, parsed?: ParsedBody): Promise<void>
  /** Whether the article's findings are in the cache (no read). */
  isCached(article: Article): Promise<boolean>
}

/**
 * The check lints each article right before rendering it, so that the Markdown tree both share (one
 * parse) is used at once instead of a thousand of them waiting in memory.
 */
export function siteLinter(
  site: Site,
  options: { cacheDir: string | undefined; version: string },
): SiteLinter {
  const cache = siteCache(site, options.cacheDir)
  const configJson = JSON.stringify(site.config)
  // asked twice of an unchanged article (whether it is cached, then its findings): hashed once
  const keys = new Map<Article, { hash: string; key: string }>()
  const keyOf = (article: Article) => {
    let known = keys.get(article)
    if (known?.hash !== article.hash) {
      known = { hash: article.hash, key: lintKey(site, article, options.version, configJson) }
      keys.set(article, known)
    }
    return known.key
  }
  let linter: Promise<Linter> | undefined
  const lint = async (article: Article, parsed?: ParsedBody) => {
    if (!article.readable) return
    const key = keyOf(article)
    const hit = await cache.get<MessageRecord[]>('lint', key)
    if (hit) {
      replayRecords(article.file, hit)
      return
    }
    // the linter (Markdown parser, autocorrect) loads on the first cache miss only
    linter ??= import('../lint/lint-article.js').then((m) => m.createLinter({ config: site.config }))
    const linted = await linter
    const before = article.file.messages.length
    linted.lint(article, parsed)
    await cache.set('lint', key, recordsSince(article.file, before))
  }
  return { lint, isCached: (article) => cache.has('lint', keyOf(article)) }
}
