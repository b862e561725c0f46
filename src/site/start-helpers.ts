/**
 * Cold runs over many articles: worker threads ("helpers") lint and/or render uncached articles while
 * the main thread does the same. Both take the next article from one shared counter, so no thread
 * waits while another still has a long queue; the helpers write their results to `.wxpress/cache/`,
 * from where the main thread replays them. Only from the compiled CLI (workers run dist/ JavaScript).
 * A helper costs its start-up and its own warm-up of the pipeline (≈ 1 s of CPU), so by default one is
 * started per extra core, and only for enough uncached articles to pay that back.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Article } from '../content/article.js'
import type { Site } from './load-site.js'

const AUTO_MIN_ARTICLES = 400
const MAX_THREADS = 4

export interface HelperOptions {
  cacheDir: string
  version: string
  /** Lint as well as render (check); render only (render, publish). */
  lint: boolean
  themeId?: string | undefined
  /** Worker threads to start (from `threadsFor`). */
  helpers: number
}

/** What a helper worker receives. */
export interface HelperData {
  root: string
  configPath: string | undefined
  contentDir: string
  cacheDir: string
  version: string
  lint: boolean
  themeId: string | undefined
  /** The articles to share out, by index. */
  items: { slug: string; absolutePath: string }[]
  /** Int32Array[1]: the next index to take. */
  counter: SharedArrayBuffer
}

export interface Helpers {
  /** Takes the next article for this thread (undefined: all taken). */
  take(): Article | undefined
  /** Resolves when every helper has stopped and its cache writes are on disk. */
  done: Promise<void>
}

/**
 * How many helper threads to start for `misses` uncached articles (0: none). `jobs` counts every thread
 * including the main one (1: no helpers); by default one per extra core (up to 4 threads in all) when
 * there are at least 400 uncached articles (measured on 2 cores: below that, a helper's start-up costs more than it saves).
 */
export function threadsFor(misses: number, cacheDir: string | undefined, jobs: number | undefined): number {
  if (cacheDir === undefined || misses < 2 || !import.meta.url.endsWith('.js')) return 0
  const threads = jobs ?? (misses >= AUTO_MIN_ARTICLES ? Math.min(availableParallelism(), MAX_THREADS) : 1)
  return Math.max(0, Math.min(threads, misses) - 1)
}

/** Starts the helpers on `articles`; a helper that fails only costs speed (its share falls back to the main thread). */
export function startHelpers(site: Site, articles: Article[], options: HelperOptions): Helpers {
  const counter = new Int32Array(new SharedArrayBuffer(4))
  const data: HelperData = {
    root: site.root, configPath: site.loadedConfig.path, contentDir: site.contentDir, cacheDir: options.cacheDir, version: options.version,
    lint: options.lint, themeId: options.themeId, items: articles.map((a) => ({ slug: a.slug, absolutePath: path.resolve(site.root, a.path) })), counter: counter.buffer as SharedArrayBuffer,
  }
  const workerUrl = new URL('./helper-worker.js', import.meta.url)
  const done = Promise.all(Array.from({ length: options.helpers }, () => new Promise<void>((resolve) => {
    const worker = new Worker(workerUrl, {
      workerData: data,
      // a roomier young generation: parsing and rendering make many short-lived objects
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    })
    worker.once('error', () => resolve())
    worker.once('exit', () => resolve())
  }))).then(() => undefined)
  return {
    take: () => {
      const i = Atomics.add(counter, 0, 1)
      return i < articles.length ? articles[i] : undefined
    },
    done,
  }
}
