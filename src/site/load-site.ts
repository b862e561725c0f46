/**
 * A site = root folder + config + articles. Loads the config and every article; the optional slug
 * filter only narrows what later stages look at (schedule checks still see every article).
 */
import path from 'node:path'
import { VFile } from 'vfile'
import { createCache, type Cache } from '../cache/create-cache.js'
import { loadConfig, type LoadedConfig } from '../config/load-config.js'
import type { Config } from '../config/schema.js'
import type { Article } from '../content/article.js'
import { loadArticles } from '../content/load-articles.js'
import { report } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'

export interface SiteOptions {
  root: string
  /** `--config` path, relative to root. */
  config?: string | undefined
  /** `--content` folder, relative to root (default: config `content`). */
  content?: string | undefined
  /** Only these slugs are checked/rendered (others still count for the schedule). */
  slugs?: readonly string[] | undefined
  /** Cache the text-only content work under `.wxpress/cache/`, keyed with this wxpress version. */
  cacheVersion?: string | undefined
  /** Load only the `slugs` (workers that lint and render a share of the site). */
  onlySlugs?: boolean | undefined
}

export interface Site {
  root: string
  contentDir: string
  config: Config
  loadedConfig: LoadedConfig
  /** Every article, in slug order. */
  articles: Article[]
  /** The articles selected by `slugs` (all when none given). */
  selected: Article[]
  /** Problems with the command line itself (unknown slugs, missing content folder). */
  usage: VFile
  cacheDir: string
  /** `.wxpress/cache/`, shared by every stage so that its background writes are flushed once. */
  cache: Cache
}

/** The site's cache when `cacheDir` is its folder (undefined: no cache). */
export function siteCache(site: Site, cacheDir: string | undefined): Cache {
  return cacheDir === undefined ? createCache(undefined) : path.resolve(cacheDir) === site.cacheDir ? site.cache : createCache(cacheDir)
}

export async function loadSite(options: SiteOptions): Promise<Site> {
  const root = path.resolve(options.root)
  const loadedConfig = await loadConfig(root, options.config)
  const config = loadedConfig.config
  const contentDir = path.resolve(root, options.content ?? config.content)
  const cacheDir = path.join(root, '.wxpress', 'cache')
  const store = createCache(cacheDir)
  const cache = options.cacheVersion ? { store, salt: options.cacheVersion } : undefined
  const only = options.onlySlugs && options.slugs ? new Set(options.slugs) : undefined
  const articles = loadedConfig.failed ? [] : await loadArticles({ root, contentDir, config, cache, only })
  const usage = new VFile({ path: '(command line)', cwd: root })
  let selected = articles
  if (options.slugs && options.slugs.length > 0) {
    const bySlug = new Map(articles.map((a) => [a.slug, a]))
    selected = []
    for (const slug of options.slugs) {
      const clean = slug.replace(/\/+$/, '').replace(/^.*\/([^/]+)\/index\.md$/, '$1').replace(/^content\//, '')
      const article = bySlug.get(clean)
      if (article) selected.push(article)
      else {
        const s = didYouMean(clean, bySlug.keys())
        report(usage, 'error', 'cli/unknown-slug', 'content', `No article \`${clean}\` in ${path.relative(root, contentDir) || '.'}/`, {
          value: clean, hint: s ? `Did you mean \`${s}\`?` : 'Run `wxpress plan` to list the articles.',
        })
      }
    }
  }
  return { root, contentDir, config, loadedConfig, articles, selected, usage, cache: store, cacheDir }
}
