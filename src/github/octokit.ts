/**
 * The only import of `@actions/github`: an Octokit from the Actions toolkit (`getOctokit`) with the base
 * URL of `GITHUB_API_URL`, a timeout per request, no console logging, and every failure turned into a
 * `GithubApiError` (HTTP status, method, route and GitHub's message) instead of a library error.
 */
import { getOctokit } from '@actions/github'
// types only: @actions/github's own declarations point at a path @octokit/core no longer exports
import type { Octokit as OctokitCore } from '@octokit/core'
import type { Api } from '@octokit/plugin-rest-endpoint-methods'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'

export interface OctokitOptions {
  /** REST base, e.g. https://api.github.com or the emulator's URL. */
  baseUrl: string
  token: string
  /** Per request; default 30 s. */
  timeoutMs?: number
}

export type Octokit = OctokitCore & Api & { paginate: PaginateInterface }

/** A failed GitHub call: `status` 0 means no HTTP answer (network error or timeout). */
export class GithubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly route: string,
    readonly githubMessage: string,
  ) {
    super(
      `GitHub ${method} ${route}: ${status === 0 ? 'no answer' : `HTTP ${status}`} ${githubMessage}`.trim(),
    )
    this.name = 'GithubApiError'
  }
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} }
/** Retries of a rate-limited request, and the longest wait wxpress accepts for one. */
const RATE_RETRIES = 2
const MAX_WAIT_S = 60

/**
 * Seconds to wait before retrying a rate-limited answer (429, or 403 "rate limit" — GitHub's
 * secondary limits on bursts of writes), or undefined when it is not one or the wait is too long.
 */
export function rateLimitWait(
  status: number,
  message: string,
  headers: Record<string, unknown>,
  attempt: number,
) {
  if (!(status === 429 || (status === 403 && /rate limit/i.test(message)))) return undefined
  const after = headers['retry-after']
  const reset = Number(headers['x-ratelimit-reset'])
  const wait =
    after !== undefined
      ? Number(after)
      : headers['x-ratelimit-remaining'] === '0' && reset > 0
        ? reset - Math.floor(Date.now() / 1000)
        : 5 * 2 ** attempt
  return Number.isFinite(wait) && wait >= 0 && wait <= MAX_WAIT_S ? wait : undefined
}

export function createOctokit(options: OctokitOptions): Octokit {
  const octokit = getOctokit(options.token, {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
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
    const route = String(request.url).replace(/\?.*$/, '')
    // without a response (refused, reset, timeout) Octokit reports 500: call it what it is
    const status = e.response && typeof e.status === 'number' ? e.status : 0
    const attempt = Number((request.request as { wxAttempt?: number } | undefined)?.wxAttempt ?? 0)
    const wait =
      attempt < RATE_RETRIES ? rateLimitWait(status, message, e.response?.headers ?? {}, attempt) : undefined
    if (wait !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, wait * 1000))
      const { signal: _expired, ...rest } = request.request ?? {}
      return octokit.request({ ...request, request: { ...rest, wxAttempt: attempt + 1 } })
    }
    throw new GithubApiError(status, request.method, route, [message, ...details].join(': '))
  })
  return octokit
}
