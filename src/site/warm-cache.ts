/**
 * Cold runs over many articles: worker threads lint and render the articles whose results are not
 * cached yet, filling `.wxpress/cache/`; the main thread then reads every result from the cache.
 * Only from the compiled CLI (workers run dist/ JavaScript) and only when it pays off.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { createCache } from '../cache/create-cache.js'
import { lintKey } from './lint-site.js'
import type { Site } from './load-site.js'

const MIN_ARTICLES = 40

export interface WarmOptions {
  cacheDir: string | undefined
  version: string
  configPath: string | undefined
  contentDir: string
}

export async function warmCache(site: Site, options: WarmOptions): Promise<void> {
  const workerUrl = new URL('./warm-worker.js', import.meta.url)
  if (!options.cacheDir || !import.meta.url.endsWith('.js')) return
  const cache = createCache(options.cacheDir)
  const misses: string[] = []
  // the lint cache entry tells whether an article was seen since it last changed
  await Promise.all(site.selected.map(async (a) => {
    if (a.readable && !(await cache.has('lint', lintKey(site, a, options.version)))) misses.push(a.slug)
  }))
  if (misses.length < MIN_ARTICLES) return
  const threads = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(misses.length / 20)))
  misses.sort()
  const chunks = Array.from({ length: threads }, (_, i) => misses.filter((_, j) => j % threads === i))
  await Promise.all(chunks.map((slugs) => new Promise<void>((resolve) => {
    const worker = new Worker(workerUrl, { workerData: { root: site.root, config: options.configPath, content: options.contentDir, slugs, cacheDir: options.cacheDir, version: options.version } })
    // a failing worker only costs speed: the main thread does the work itself
    worker.once('error', () => resolve())
    worker.once('exit', () => resolve())
  })))
}
