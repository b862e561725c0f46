/**
 * `createEmulator(options)`: a real HTTP server on 127.0.0.1 that behaves like the WeChat API for the
 * endpoints in `routes.ts`, keeps its state in memory and exposes the `/__emulator/*` controls of
 * DESIGN §6.1. No singletons: every call makes an independent emulator.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EmulatorSettings } from './context.js'
import { WechatError, errorForCode, wechatError } from './errcodes.js'
import { createFaults, take } from './faults.js'
import { countCall } from './quota.js'
import { parseRequestBody } from './parse-request-body.js'
import { readBody, send } from './send.js'
import { DEFAULT_QUOTAS, ROUTES } from './routes.js'
import { createAccount, dumpState, type EmulatorState } from './state.js'
import { accountForToken } from './auth.js'
import { handleAdmin } from './admin.js'
import { checkPermission } from './permissions.js'
import { settleDue } from './freepublish.js'
import { previewPage } from './preview-page.js'

/** Multipart endpoints: an empty body is their own 41005 (no media), not 44002. */
const UPLOADS = new Set(['/cgi-bin/media/uploadimg', '/cgi-bin/material/add_material'])

export interface EmulatorOptions {
  port?: number
  host?: string
  /** Start the emulator clock at this instant (it then runs in real time). */
  clock?: string | number | undefined
  kind?: 'subscription' | 'service'
  /** A verified (认证) account (default); unverified ones get 48001 from freepublish, mass send, tags, datacube. */
  verified?: boolean
  appId?: string
  appSecret?: string
  /** Follower tags of the account (ids from 100). */
  tags?: readonly string[]
  settings?: Partial<EmulatorSettings>
}

export interface Emulator {
  url: string
  port: number
  /** Emulator clock, epoch ms. */
  now(): number
  setClock(ms: number): void
  state(): unknown
  close(): Promise<void>
}

export const DEFAULT_APP_ID = 'wx0000000000emulator'
export const DEFAULT_APP_SECRET = 'emulator-secret'

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let offset =
    options.clock === undefined
      ? 0
      : (typeof options.clock === 'number' ? options.clock : Date.parse(options.clock)) - Date.now()
  const now = () => Date.now() + offset
  const settings: EmulatorSettings = {
    publishDelayMs: 1500,
    publishStatus: 0,
    quotas: { ...DEFAULT_QUOTAS },
    timezone: 'Asia/Shanghai',
    tokenTtlSeconds: 7200,
    contentTextMax: 20_000,
    contentBytesMax: 1024 * 1024,
    ...options.settings,
  }
  const state: EmulatorState = { accounts: new Map(), calls: [] }
  const appId = options.appId ?? DEFAULT_APP_ID
  state.accounts.set(
    appId,
    createAccount(
      appId,
      options.appSecret ?? DEFAULT_APP_SECRET,
      options.kind ?? 'subscription',
      options.tags ?? [],
      options.verified ?? true,
    ),
  )
  const faults = createFaults()
  let baseUrl = ''

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname
    const method = req.method ?? 'GET'
    try {
      const raw = await readBody(req)
      // publish tasks finish on the clock, seen by every request alike (not only by polling)
      settleDue(state, now())
      if (path.startsWith('/__emulator/')) {
        const answer = handleAdmin({
          method,
          path,
          raw,
          state,
          settings,
          faults,
          now,
          setClock: (ms) => (offset = ms - Date.now()),
        })
        return send(res, answer.status, answer.body)
      }
      if (faults.delayMs > 0) {
        await new Promise((r) => setTimeout(r, faults.delayMs))
        settleDue(state, now())
      }
      if (take(faults.dropNext, path)) {
        state.calls.push({ method, path, errcode: -2, at: new Date(now()).toISOString() })
        req.socket.destroy()
        return
      }
      const forced = take(faults.failNext, path)
      if (forced) {
        state.calls.push({ method, path, errcode: forced.errcode, at: new Date(now()).toISOString() })
        return send(res, 200, errorForCode(forced.errcode))
      }
      if (path === '/s' && method === 'GET') {
        const answer = previewPage(state, url.searchParams)
        res.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' })
        return res.end(answer.html)
      }
      const route = ROUTES[path]
      let body: unknown
      try {
        if (!route) throw wechatError('invalidUrl', `hint: ${path}`)
        if (route.method === 'POST' && method !== 'POST') throw wechatError('requirePost')
        if (route.method === 'GET' && method !== 'GET') throw wechatError('requireGet')
        const { json, media } = parseRequestBody(raw, req.headers['content-type'] ?? '')
        const base = {
          method,
          path,
          query: url.searchParams,
          json,
          media,
          remoteAddress: req.socket.remoteAddress ?? '',
          state,
          settings,
          now,
          baseUrl,
        }
        const account = route.auth ? accountForToken(base) : undefined
        if (account) checkPermission(path, account)
        if (account) countCall(account, path, settings, now())
        // a JSON endpoint posted nothing at all (uploads say 41005 themselves)
        if (method === 'POST' && raw.length === 0 && !UPLOADS.has(path)) throw wechatError('emptyPostData')
        body = route.handler({ ...base, account: account! })
        if (take(faults.answerLost, path)) {
          // carried out, but the caller never hears of it
          state.calls.push({ method, path, errcode: 0, at: new Date(now()).toISOString(), answerLost: true })
          req.socket.destroy()
          return
        }
        state.calls.push({ method, path, errcode: 0, at: new Date(now()).toISOString() })
      } catch (error) {
        if (!(error instanceof WechatError)) throw error
        state.calls.push({ method, path, errcode: error.errcode, at: new Date(now()).toISOString() })
        body = { errcode: error.errcode, errmsg: error.errmsg, ...error.extra }
      }
      send(res, 200, body)
    } catch (error) {
      state.calls.push({ method, path, errcode: -1, at: new Date(now()).toISOString() })
      send(res, 500, { errcode: -1, errmsg: `system error: ${(error as Error).message}` })
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`
  return {
    url: baseUrl,
    port,
    now,
    setClock: (ms) => {
      offset = ms - Date.now()
    },
    state: () => {
      settleDue(state, now())
      return dumpState(state, now())
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
