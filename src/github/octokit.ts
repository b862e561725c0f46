/**
 * The only import of `@actions/github`: an Octokit from the Actions toolkit (`getOctokit`) with the base
 * URL of `GITHUB_API_URL`, a timeout per request, no console logging, retries (see retry.ts) and every
 * failure turned into a `GithubApiError` (HTTP status, method, route and GitHub's message).
 *
 * Retried here: a rate limit (403/429 as GitHub documents it) for every method, and a 5xx or no answer
 * for the calls that cannot create anything twice — GET, PATCH, PUT, DELETE, and the content-addressed
 * POSTs of git blobs, trees and commits. Other POSTs go through `createOnce` (read back, then retry).
 * (`@octokit/plugin-retry` retries POSTs blindly, and plugin-throttling spaces every write by a second.)
 */
import { getOctokit } from '@actions/github'
// types only: @actions/github's own declarations point at a path @octokit/core no longer exports
import type { Octokit as OctokitCore } from '@octokit/core'
import type { Api } from '@octokit/plugin-rest-endpoint-methods'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'
import { GithubApiError } from './github-error.js'
import { createPace, RETRY_DELAYS_MS, type Pace, type PaceOptions } from './retry.js'

export { GithubApiError }

export interface OctokitOptions extends PaceOptions {
  /** REST base, e.g. https://api.github.com or the emulator's URL. */
  baseUrl: string
  token: string
  /** Per request; default 30 s. */
  timeoutMs?: number
}

export type Octokit = OctokitCore & Api & { paginate: PaginateInterface }

const quiet = { debug() {}, info() {}, warn() {}, error() {} }
/** Retries of a rate-limited request. */
const RATE_RETRIES = 2
/** GitHub: without retry-after or a reset, "wait for at least one minute before retrying". */
const SECONDARY_WAIT_S = 60
const REPEATABLE = new Set(['GET', 'HEAD', 'PATCH', 'PUT', 'DELETE'])
/** POSTs whose repetition makes the same object again (git objects are addressed by their content). */
const SAME_AGAIN = /\/git\/(?:blobs|trees|commits)$/

/**
 * Seconds to wait before retrying a rate-limited answer (429, or 403 "rate limit" — GitHub's
 * secondary limits on bursts of writes), or undefined when it is not one: `retry-after` when given,
 * the reset time when no requests remain, else at least a minute, doubling with each retry.
 */
export function rateLimitWait(
  status: number,
  message: string,
  headers: Record<string, unknown>,
  attempt: number,
  nowMs = Date.now(),
) {
  if (!(status === 429 || (status === 403 && /rate limit/i.test(message)))) return undefined
  const after = headers['retry-after']
  const reset = Number(headers['x-ratelimit-reset'])
  const wait =
    after !== undefined
      ? Number(after)
      : headers['x-ratelimit-remaining'] === '0' && reset > 0
        ? Math.max(0, reset - Math.floor(nowMs / 1000))
        : SECONDARY_WAIT_S * 2 ** attempt
  return Number.isFinite(wait) && wait >= 0 ? wait : undefined
}

/** Milliseconds before the next try of a failed call, or undefined when it is not retried. */
function retryDelay(
  status: number,
  method: string,
  route: string,
  message: string,
  headers: object,
  n: number,
) {
  const rate = rateLimitWait(status, message, headers as Record<string, unknown>, n)
  if (rate !== undefined) return n < RATE_RETRIES ? { kind: 'rate' as const, ms: rate * 1000 } : undefined
  const transient = status === 0 || status >= 500
  const safe = REPEATABLE.has(method) || (method === 'POST' && SAME_AGAIN.test(route))
  const ms = RETRY_DELAYS_MS[n]
  return transient && safe && ms !== undefined ? { kind: 'retry' as const, ms } : undefined
}

export function createOctokit(options: OctokitOptions, pace: Pace = createPace(options)): Octokit {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const octokit = getOctokit(options.token, {
    baseUrl,
    userAgent: 'wxpress',
    log: quiet,
  }) as unknown as Octokit
  const timeoutMs = options.timeoutMs ?? 30_000
  octokit.hook.before('request', (request) => {
    request.request = {
      ...request.request,
      signal: request.request?.signal ?? AbortSignal.timeout(timeoutMs),
    }
  })
  octokit.hook.error('request', async (error, request) => {
    const e = error as Error & {
      status?: number
      response?: { data?: unknown; headers?: Record<string, unknown> }
    }
    const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined
    const details = Array.isArray(data?.errors)
      ? data.errors
          .map((x) => (typeof x === 'string' ? x : ((x as { message?: string }).message ?? '')))
          .filter(Boolean)
      : []
    const message = typeof data?.message === 'string' ? data.message : e.message
    const url = String(request.url).replace(/\?.*$/, '')
    const route = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url
    // without a response (refused, reset, timeout) Octokit reports 500: call it what it is
    const status = e.response && typeof e.status === 'number' ? e.status : 0
    const attempt = Number((request.request as { wxAttempt?: number } | undefined)?.wxAttempt ?? 0)
    const method = request.method.toUpperCase()
    const next = retryDelay(status, method, route, message, e.response?.headers ?? {}, attempt)
    const info = next && { ...next, method, route, status, attempt: attempt + 2 }
    if (info && (await pace.wait(info))) {
      const { signal: _expired, ...rest } = request.request ?? {}
      return octokit.request({ ...request, request: { ...rest, wxAttempt: attempt + 1 } })
    }
    throw new GithubApiError(status, method, route, [message, ...details].join(': '))
  })
  return octokit
}
