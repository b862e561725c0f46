/**
 * The HTTP layer under the WeChat client: timeouts on every request, retries with exponential
 * backoff and jitter for network errors, HTTP 5xx, errcode -1 and 45011 — except that a creating
 * call whose outcome is unknown (no answer) is never retried blindly. Secrets never appear in errors.
 */
import { setTimeout as wait } from 'node:timers/promises'
import { redactText } from './redact-url.js'
import { WechatApiError, isRetryable } from './wechat-errors.js'

export interface HttpOptions {
  baseUrl: string
  fetch?: typeof fetch
  timeoutMs?: number
  retries?: number
  /** Injected for tests; default real sleep. */
  sleep?: (ms: number) => Promise<void>
  /** Called after every completed remote call (tests use it to simulate a crash). */
  afterCall?: (path: string) => void
}

export interface CallOptions {
  method?: 'GET' | 'POST'
  query?: Record<string, string>
  json?: unknown
  form?: FormData
  /** Creates something remotely (draft/add, freepublish/submit, sendall): no blind retries. */
  creating?: boolean
  /** Safe to resend even without an answer (e.g. sendall with a clientmsgid). */
  idempotent?: boolean
}

const redact = redactText

export function createHttp(options: HttpOptions) {
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? ((ms: number) => wait(ms))
  const retries = options.retries ?? 4
  const timeoutMs = options.timeoutMs ?? 20_000
  const base = options.baseUrl.replace(/\/+$/, '')

  async function call<T = Record<string, unknown>>(path: string, opts: CallOptions = {}): Promise<T> {
    const url = new URL(base + path)
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v)
    const blindRetryOk = !opts.creating || opts.idempotent === true
    // an earlier attempt of this creating call got no answer: it may have been carried out, so a
    // later errcode (45028 after our own send used the quota) does not prove that nothing was done
    let lost = false
    for (let attempt = 0; ; attempt++) {
      const backoff = () => sleep(Math.min(8000, 250 * 2 ** attempt) * (0.5 + Math.random()))
      let response: Response
      try {
        response = await doFetch(url, {
          method: opts.method ?? (opts.json !== undefined || opts.form ? 'POST' : 'GET'),
          headers: opts.json !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {},
          body: opts.form ?? (opts.json !== undefined ? JSON.stringify(opts.json) : null),
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (error) {
        const reason = redact(
          (error as Error).name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : (error as Error).message,
        )
        if (attempt < retries && blindRetryOk) {
          lost = true
          await backoff()
          continue
        }
        throw new WechatApiError(path, undefined, reason, Boolean(opts.creating))
      }
      if (response.status >= 500) {
        if (attempt < retries && blindRetryOk) {
          lost = true
          await backoff()
          continue
        }
        throw new WechatApiError(path, undefined, `HTTP ${response.status}`, Boolean(opts.creating))
      }
      let body: Record<string, unknown>
      try {
        body = (await response.json()) as Record<string, unknown>
      } catch {
        throw new WechatApiError(
          path,
          undefined,
          `HTTP ${response.status} with a body that is not JSON`,
          Boolean(opts.creating),
        )
      }
      options.afterCall?.(path)
      const errcode = typeof body.errcode === 'number' ? body.errcode : 0
      if (errcode === 0) return body as T
      if (isRetryable(errcode) && attempt < retries) {
        lost ||= errcode === -1 // a system error does not say whether the work was done
        await backoff()
        continue
      }
      const errmsg = redact(String(body.errmsg ?? ''))
      throw new WechatApiError(path, errcode, errmsg, lost && Boolean(opts.creating), body)
    }
  }
  return { call }
}

export type Http = ReturnType<typeof createHttp>
