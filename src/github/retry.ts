/**
 * Waiting and retrying around GitHub: which failures are worth another try (5xx, no answer), how long
 * to wait before each (1 s, 2 s, 4 s), a budget for all the waits of one run (so a job never hangs
 * until its timeout), and `createOnce` for POSTs that create something: after a failure it reads back
 * first and posts again only when the first attempt left nothing (no duplicate comment, run or review).
 * The clock is injected (`sleep`): tests pass one that returns at once and count the attempts.
 */
import { setTimeout as wait } from 'node:timers/promises'
import { GithubApiError } from './github-error.js'

/** Another try after each of these delays (then the error stands). */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000]
/** All the waits of one run together, retries and rate limits (the report workflow has 10 minutes). */
export const WAIT_BUDGET_MS = 5 * 60_000

export interface WaitInfo {
  /** `retry`: after a 5xx or no answer; `rate`: a rate limit; `budget`: would wait too long, gives up. */
  kind: 'retry' | 'rate' | 'budget'
  method: string
  route: string
  /** HTTP status, 0 for no answer. */
  status: number
  ms: number
  /** The try about to be made (2 = first retry). */
  attempt: number
}

export interface PaceOptions {
  /** How to wait; default a real timer. */
  sleep?: ((ms: number) => Promise<void>) | undefined
  /** Told before every wait, and when a wait would exceed the budget. */
  onWait?: ((info: WaitInfo) => void) | undefined
  /** Longest total wait of the run (default WAIT_BUDGET_MS). */
  waitBudgetMs?: number | undefined
}

export interface Pace {
  /** Waits `info.ms` unless that exceeds what is left of the budget; false means give up. */
  wait(info: WaitInfo): Promise<boolean>
  /** Milliseconds waited so far. */
  waited(): number
}

export function createPace(options: PaceOptions = {}): Pace {
  const sleep = options.sleep ?? ((ms: number) => wait(ms))
  const budget = options.waitBudgetMs ?? WAIT_BUDGET_MS
  let waited = 0
  return {
    async wait(info) {
      if (waited + info.ms > budget) {
        options.onWait?.({ ...info, kind: 'budget', ms: waited })
        return false
      }
      options.onWait?.(info)
      waited += info.ms
      await sleep(info.ms)
      return true
    },
    waited: () => waited,
  }
}

/** A failure worth another try: GitHub's 5xx, or no answer at all (reset, refused, timeout). */
export function isTransient(error: unknown): error is GithubApiError {
  return error instanceof GithubApiError && (error.status === 0 || error.status >= 500)
}

/**
 * Creates something with a POST that must not happen twice. On a transient failure it waits, asks
 * `readBack` whether the failed attempt created it after all (GitHub may have done the work and
 * still answered 502), and posts again only when it did not.
 */
export async function createOnce<T>(
  pace: Pace,
  create: () => Promise<T>,
  readBack: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create()
    } catch (error) {
      const ms = RETRY_DELAYS_MS[attempt]
      if (!isTransient(error) || ms === undefined) throw error
      const info = { method: error.method, route: error.route, status: error.status, ms }
      if (!(await pace.wait({ kind: 'retry', ...info, attempt: attempt + 2 }))) throw error
      const found = await readBack()
      if (found !== undefined) return found
    }
  }
}
