/**
 * Cold runs over many articles: worker threads ("helpers") lint and/or render articles while the main
 * thread does the same. Every thread takes the next article from one shared counter, so no thread
 * waits while another still has a queue. A helper leaves its results in `.wxpress/cache/` and marks the
 * article finished; the main thread replays it from there. On an empty cache helpers start as soon as
 * the articles are listed (`loadSite`), while the main thread is still reading them; otherwise when
 * `renderSite` finds enough articles uncached. Only from the compiled CLI (workers run dist/
 * JavaScript). A helper costs its start-up and its own warm-up of the pipeline (≈ 0.5 s of CPU).
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ArticleRef } from '../content/list-articles.js'

const AUTO_MIN_ARTICLES = 400
const MAX_THREADS = 4

/** What the main thread does with each article; the helpers must do the same. */
export interface HelperWork {
  /** Lint as well as render (check); render only (render). */
  lint: boolean
  themeId?: string | undefined
  version: string
  /** Chromium for mermaid diagrams (`CHROMIUM_PATH`). */
  chromium?: string | undefined
  /** Threads in all, the main one included (`--jobs`); default: from the CPU count. */
  jobs?: number | undefined
}

/** Slots of the shared Int32Array (see `HelperData.shared`). */
export const NEXT = 0
export const WAITING = 1
export const DONE = 2

/** What a helper worker receives. */
export interface HelperData extends HelperWork {
  root: string
  configPath: string | undefined
  cacheDir: string
  items: ArticleRef[]
  /** Int32Array: [NEXT] the next item to take; [WAITING] 1 once the main thread waits for helpers;
   * [DONE + i] 1 once a helper finished item i (results on disk). */
  shared: SharedArrayBuffer
}

export interface Helpers {
  /** The shared items, by index. */
  readonly items: readonly ArticleRef[]
  /** Takes the next item for the calling thread (undefined: all taken). */
  take(): number | undefined
  /** Resolves once item `i`, taken by a helper, is finished, or every helper has stopped. */
  settled(i: number): Promise<void>
  /** Stops the helpers (their work is not wanted). */
  stop(): Promise<void>
  /** True for the first caller only: the render that takes the helpers' work (the site stays as loaded). */
  claim(): boolean
  /** Why helpers failed, if any did (their share was done by the main thread). */
  readonly failures: string[]
}

/**
 * How many helper threads to start for `count` articles (0: none). `jobs` counts every thread including
 * the main one (1: no helpers); by default one per extra core (up to 4 threads in all) from 400
 * articles (measured on 2 cores: below that, a helper's start-up costs more than it saves).
 */
export function threadsFor(count: number, jobs: number | undefined): number {
  if (count < 2 || !import.meta.url.endsWith('.js')) return 0
  const threads = jobs ?? (count >= AUTO_MIN_ARTICLES ? Math.min(availableParallelism(), MAX_THREADS) : 1)
  return Math.max(0, Math.min(threads, count) - 1)
}

/** Starts `helpers` threads on `items`; a helper that fails only costs speed (the main thread does its share). */
export function startHelpers(data: Omit<HelperData, 'shared'>, helpers: number): Helpers {
  const shared = new SharedArrayBuffer(4 * (DONE + data.items.length))
  const state = new Int32Array(shared)
  const workerUrl = new URL('./helper-worker.js', import.meta.url)
  const workers = Array.from(
    { length: helpers },
    () =>
      new Worker(workerUrl, {
        workerData: { ...data, shared } satisfies HelperData,
        // a roomier young generation: parsing and rendering make many short-lived objects
        resourceLimits: { maxYoungGenerationSizeMb: 96 },
      }),
  )
  const failures: string[] = []
  let claimed = false
  const stopped = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.once('error', (error) => {
            failures.push(error.message)
            resolve()
          })
          worker.once('exit', () => resolve())
        }),
    ),
  ).then(() => undefined)
  return {
    items: data.items,
    failures,
    take: () => {
      const i = Atomics.add(state, NEXT, 1)
      return i < data.items.length ? i : undefined
    },
    async settled(i) {
      Atomics.store(state, WAITING, 1)
      const wait = Atomics.waitAsync(state, DONE + i, 0)
      if (wait.async) await Promise.race([wait.value, stopped])
    },
    async stop() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
    claim: () => !claimed && (claimed = true),
  }
}
