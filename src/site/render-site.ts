/**
 * Renders the selected articles of a site (cache under `.wxpress/cache/`), returning each result;
 * messages land on the articles' VFiles and the theme files.
 */
import type { VFile } from 'vfile'
import type { Article } from '../content/article.js'
import { createRenderer, type RenderResult } from '../render/create-renderer.js'
import { siteCache, type Site } from './load-site.js'
import { threadsFor, warmCache } from './warm-cache.js'

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
  /** Runs on each article right before it is rendered (the check lints there). */
  before?: ((article: Article) => Promise<void>) | undefined
  /** Called with each result as soon as it is ready (e.g. to write it out). */
  onRendered?: ((slug: string, result: RenderResult) => void) | undefined
  /** Worker threads for uncached articles (`--jobs`; 1: none); default: chosen from the CPU count. */
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
  const queue = site.selected.filter((a) => a.readable)
  // injected fetchers (tests) cannot cross into workers
  if (!options.fetchRemote && threadsFor(queue.length, cacheDir, options.jobs) > 0) {
    const misses: string[] = []
    for (const a of queue) if (!(await renderer.isCached(a))) misses.push(a.slug)
    const threads = threadsFor(misses.length, cacheDir, options.jobs)
    await warmCache(site, misses, { cacheDir, version: options.version ?? '0', configPath: site.loadedConfig.path, contentDir: site.contentDir, lint: false, themeId: options.themeId, threads })
  }
  // a few in flight, so remote images download while others render; not more, or their trees
  // outlive the young generation and the garbage collector has to promote them
  const workers = Array.from({ length: 4 }, async () => {
    for (let a = queue.shift(); a; a = queue.shift()) {
      await options.before?.(a)
      const result = await renderer.render(a, { imageData: options.imageData !== false })
      results.set(a.slug, result)
      options.onRendered?.(a.slug, result)
    }
  })
  await Promise.all(workers)
  if (options.flush !== false) await renderer.cache.flush()
  return { results, themeFiles: renderer.themeFiles() }
}
