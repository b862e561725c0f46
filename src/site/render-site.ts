/**
 * Renders the selected articles of a site (cache under `.wxpress/cache/`), returning each result;
 * messages land on the articles' VFiles and the theme files.
 */
import type { VFile } from 'vfile'
import type { Article } from '../content/article.js'
import { createRenderer, type RenderResult } from '../render/create-renderer.js'
import type { SiteLinter } from './lint-site.js'
import { siteCache, type Site } from './load-site.js'
import { startHelpers, threadsFor } from './start-helpers.js'

export interface RenderSiteOptions {
  themeId?: string | undefined
  /** Disable the cache (`--no-cache`). */
  noCache?: boolean | undefined
  version?: string | undefined
  fetchRemote?: ((url: string) => Promise<Uint8Array>) | undefined
  /** Load image bytes from the cache (render and publish need them; check does not). */
  imageData?: boolean | undefined
  /** Wait for the cache writes before returning (default true; the check waits later). */
  flush?: boolean | undefined
  /** Lints each article right before it is rendered (the check). */
  lint?: SiteLinter | undefined
  /** Where the articles come from (helper threads); default: the site's selected articles. */
  next?: (() => Promise<Article | undefined>) | undefined
  /** Called with each result as soon as it is ready (e.g. to write it out). */
  onRendered?: ((slug: string, result: RenderResult) => void) | undefined
  /** Threads in all for uncached articles (`--jobs`; 1: no helpers); default: chosen from the CPU count. */
  jobs?: number | undefined
}

export interface RenderedSite {
  results: Map<string, RenderResult>
  themeFiles: VFile[]
}

export async function renderSite(site: Site, options: RenderSiteOptions = {}): Promise<RenderedSite> {
  const cacheDir = options.noCache ? undefined : site.cacheDir
  const renderer = await createRenderer({
    root: site.root,
    config: site.config,
    themeId: options.themeId,
    cache: siteCache(site, cacheDir),
    version: options.version ?? '0',
    configCode: site.loadedConfig.codeHash,
    fetchRemote: options.fetchRemote,
  })
  const results = new Map<string, RenderResult>()
  const version = options.version ?? '0'
  // a few in flight, so remote images download while others render; not more, or their trees
  // outlive the young generation and the garbage collector has to promote them
  const run = (next: () => Promise<Article | undefined> | Article | undefined) => Promise.all(Array.from({ length: 4 }, async () => {
    for (let a = await next(); a; a = await next()) {
      await options.lint?.lint(a)
      const result = await renderer.render(a, { imageData: options.imageData !== false })
      results.set(a.slug, result)
      options.onRendered?.(a.slug, result)
    }
  }))
  const queue = site.selected.filter((a) => a.readable)
  if (options.next) await run(options.next)
  // injected fetchers (tests) cannot cross into workers
  else if (cacheDir !== undefined && !options.fetchRemote && threadsFor(queue.length, cacheDir, options.jobs) > 0) {
    const misses: Article[] = []
    for (const a of queue) if (!(await renderer.isCached(a)) || (options.lint && !(await options.lint.isCached(a)))) misses.push(a)
    const helpers = threadsFor(misses.length, cacheDir, options.jobs)
    if (helpers > 0) {
      // the main thread takes its share of the misses, then replays the rest from the cache
      const shared = startHelpers(site, misses, { cacheDir, version, lint: options.lint !== undefined, themeId: options.themeId, helpers })
      const mine = new Set<Article>()
      await run(() => {
        const a = shared.take()
        if (a) mine.add(a)
        return a
      })
      const missed = new Set(misses)
      const hits = queue.filter((a) => !missed.has(a))
      await run(() => hits.shift())
      await shared.done
      const theirs = misses.filter((a) => !mine.has(a))
      await run(() => theirs.shift())
    } else await run(() => queue.shift())
  } else await run(() => queue.shift())
  if (options.flush !== false) await renderer.cache.flush()
  return { results, themeFiles: renderer.themeFiles() }
}
