/** What one push's publishing works with and gives back (shared by the publisher's modules). */
import type { Article } from '../content/article.js'
import type { Message } from '../i18n/message.js'
import type { RenderResult } from '../render/renderer.js'
import type { Push } from '../schedule/push.js'
import type { Ledger, LedgerEntry, LedgerState } from './ledger.js'
import type { WechatClient } from './wechat-client.js'
import type { WechatApiError } from './wechat-errors.js'

export interface PushInput {
  push: Push
  articles: Article[]
  renders: Map<string, RenderResult>
  client: WechatClient
  ledger: Ledger
  /** Send now (slot reached) or only prepare the draft. */
  send: boolean
  nowIso: string
  sleep: (ms: number) => Promise<void>
  /** How long to wait for a freepublish task before leaving it to the next run (ms). */
  pollMs: number
  previewTo: readonly string[]
  dryRun: boolean
  /** The account's uploads recorded in the site's ledgers, by content hash (shared by this run's pushes). */
  uploads?: Map<string, { url?: string; mediaId?: string }>
  /** Called as each step completes (progress lines on a TTY). */
  onStep?: (step: Message) => void
}

export type SetState = (state: LedgerState, patch?: Partial<LedgerEntry>) => Promise<void>

export interface PushOutcome {
  status: 'sent' | 'drafted' | 'failed' | 'unchanged' | 'pending'
  steps: Message[]
  error?: WechatApiError
  /** Why it failed when no WeChat error says it (e.g. an interrupted send that cannot be confirmed). */
  message?: Message
  /** The draft was saved (draft/add or draft/update called, or would be in a dry run). */
  saved?: boolean
  /** Found sent by looking it up, not sent by this run. */
  reconciled?: boolean
}
