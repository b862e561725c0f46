/**
 * Cold runs over many articles: worker threads lint and/or render the articles whose results are
 * not cached yet, filling `.wxpress/cache/`; the main thread then reads every result from the cache.
 * Only from the compiled CLI (workers run dist/ JavaScript). A worker costs its start-up and its own
 * warm-up of the pipeline (≈ 1–2 s of CPU), and threads that share two cores scale poorly (measured:
 * ≈ 1.2× on a 2-vCPU VM), so by default workers are used only with 3 or more cores and 100 or more
 * articles to render; `--jobs <n>` chooses the number of threads (1: none).
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Site } from './load-site.js'

const AUTO_MIN_ARTICLES = 100
const AUTO_MIN_CORES = 3

export interface WarmOptions {
  cacheDir: string | undefined
  version: string
  configPath: string | undefined
  contentDir: string
  /** Lint as well as render (check); render only (render, publish). */
  lint: boolean
  themeId?: string | undefined
  /** Threads: from `threadsFor`. */
  threads: number
}

/**
 * How many worker threads to use for `misses` uncached articles (0: none): `jobs` when given (1 means
 * none), otherwise one per core up to 4 when there are enough cores and articles.
 */
export function threadsFor(misses: number, cacheDir: string | undefined, jobs: number | undefined): number {
  if (cacheDir === undefined || misses === 0 || !import.meta.url.endsWith('.js')) return 0
  if (jobs !== undefined) return jobs > 1 ? Math.min(jobs, misses) : 0
  const cores = availableParallelism()
  return cores >= AUTO_MIN_CORES && misses >= AUTO_MIN_ARTICLES ? Math.min(cores, 4, Math.ceil(misses / 25)) : 0
}

/** Lints/renders the `misses` (slugs) in worker threads into the cache. Failures only cost speed. */
export async function warmCache(site: Site, misses: string[], options: WarmOptions): Promise<void> {
  const threads = options.threads
  if (threads < 1) return
  const workerUrl = new URL('./warm-worker.js', import.meta.url)
  const sorted = [...misses].sort()
  const chunks = Array.from({ length: threads }, (_, i) => sorted.filter((_, j) => j % threads === i))
  await Promise.all(chunks.map((slugs) => new Promise<void>((resolve) => {
    const worker = new Worker(workerUrl, {
      workerData: {
        root: site.root, config: options.configPath, content: options.contentDir, slugs, cacheDir: options.cacheDir,
        version: options.version, lint: options.lint, themeId: options.themeId,
      },
      // a roomier young generation: parsing and rendering make many short-lived objects
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    })
    // a failing worker only costs speed: the main thread does the work itself
    worker.once('error', () => resolve())
    worker.once('exit', () => resolve())
  })))
}
