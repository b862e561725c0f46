/**
 * Cold runs over many articles: worker threads lint and/or render the articles whose results are
 * not cached yet, filling `.wxpress/cache/`; the main thread then reads every result from the cache.
 * Only from the compiled CLI (workers run dist/ JavaScript) and only when it pays off: a worker costs
 * its start-up and its own warm-up of the pipeline.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Site } from './load-site.js'

const MIN_ARTICLES = 40

export interface WarmOptions {
  cacheDir: string | undefined
  version: string
  configPath: string | undefined
  contentDir: string
  /** Lint as well as render (check); render only (render, publish). */
  lint: boolean
  themeId?: string | undefined
}

/** Whether `warmCache` would start workers for this many uncached articles. */
export function warmPays(misses: number, cacheDir: string | undefined): boolean {
  return cacheDir !== undefined && misses >= MIN_ARTICLES && import.meta.url.endsWith('.js')
}

/** Lints/renders the `misses` (slugs) in worker threads into the cache. Failures only cost speed. */
export async function warmCache(site: Site, misses: string[], options: WarmOptions): Promise<void> {
  if (!warmPays(misses.length, options.cacheDir)) return
  const workerUrl = new URL('./warm-worker.js', import.meta.url)
  const threads = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(misses.length / 20)))
  const sorted = [...misses].sort()
  const chunks = Array.from({ length: threads }, (_, i) => sorted.filter((_, j) => j % threads === i))
  await Promise.all(chunks.map((slugs) => new Promise<void>((resolve) => {
    const worker = new Worker(workerUrl, {
      workerData: {
        root: site.root, config: options.configPath, content: options.contentDir, slugs, cacheDir: options.cacheDir,
        version: options.version, lint: options.lint, themeId: options.themeId,
      },
      // a roomier young generation: parsing and rendering make many short-lived objects
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    })
    // a failing worker only costs speed: the main thread does the work itself
    worker.once('error', () => resolve())
    worker.once('exit', () => resolve())
  })))
}
