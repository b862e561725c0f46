/** What an endpoint handler gets: the parsed request, the caller's account and the emulator world. */
import type { AccountState, EmulatorState } from './state.js'

export interface EmulatorSettings {
  /** Delay before a freepublish task finishes (emulator clock, ms). */
  publishDelayMs: number
  /** Final publish_status of freepublish tasks (0 success, 2–6 failures). */
  publishStatus: number
  /** Daily call limits per cgi path (defaults: WeChat's new-account quotas). */
  quotas: Record<string, number>
  /** Time zone of "one mass send per day". */
  timezone: string
  tokenTtlSeconds: number
  /** `content` is refused (45002) with this many characters of visible text or more (WeChat: 20,000). */
  contentTextMax: number
  /** `content` is refused (45002) with this many bytes of HTML or more (WeChat: 1 MB). */
  contentBytesMax: number
}

export interface RequestContext {
  method: string
  path: string
  query: URLSearchParams
  /** Parsed JSON body (POST), or undefined. */
  json: unknown
  /** Multipart file field `media`, when the request was multipart. */
  media: { data: Buffer; filename: string; contentType: string } | undefined
  remoteAddress: string
  state: EmulatorState
  settings: EmulatorSettings
  now(): number
  /** The account of the access_token (set for every token-protected endpoint). */
  account: AccountState
  /** The emulator's own base URL. */
  baseUrl: string
}

export type Handler = (ctx: RequestContext) => unknown

export interface Route {
  method: 'GET' | 'POST' | 'ANY'
  /** Token-protected (everything but token/stable_token). */
  auth: boolean
  handler: Handler
}
