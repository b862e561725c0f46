/**
 * The emulator's in-memory world: one entry per appid, plus the call log. Dumped as JSON by
 * `GET /__emulator/state` (DESIGN §6.1).
 */
import { createHash } from 'node:crypto'
import type {
  StoredImage,
  StoredMaterial,
  DraftArticle,
  StoredDraft,
  StoredPublish,
  StoredMassSend,
} from './stored-records.js'

export type * from './stored-records.js'

export interface Tag {
  id: number
  name: string
  count: number
}

export interface AccountState {
  appid: string
  secret: string
  kind: 'subscription' | 'service'
  /** Verified (认证) accounts may publish, mass-send, use tags and datacube; others get 48001. */
  verified: boolean
  /** When set, callers from other addresses get 40164. */
  whitelist: string[] | undefined
  /**
   * Live tokens. `revokedAt`: when a superseded token stops working (40001 from then on, where a token
   * past its `expiresAt` gets 42001).
   */
  tokens: Map<string, { expiresAt: number; kind: 'classic' | 'stable'; revokedAt?: number }>
  stable: { token: string; expiresAt: number } | undefined
  /** The last effective `force_refresh` of the stable token, and how many the local day `date` had. */
  forceRefresh: { at: number; date: string; count: number } | undefined
  images: StoredImage[]
  materials: StoredMaterial[]
  drafts: StoredDraft[]
  published: StoredPublish[]
  massSends: StoredMassSend[]
  tags: Tag[]
  /** `path|localDate` → calls. */
  usage: Map<string, number>
  seq: number
}

export interface Call {
  method: string
  path: string
  errcode: number
  at: string
  answerLost?: true
}

/** The account part of emulator ids: a short hash of the whole appid (`DRAFT_<tag>_<n>`). */
export function idTag(appid: string): string {
  return createHash('sha256').update(appid).digest('hex').slice(0, 10)
}

/**
 * The account's `__biz`, the same in every article URL it serves: like WeChat's, the base64 of a
 * 10-digit number (here derived from the appid).
 */
export function bizOf(appid: string): string {
  const n = 3_000_000_000 + (createHash('sha256').update(appid).digest().readUInt32BE(0) % 900_000_000)
  return Buffer.from(String(n)).toString('base64')
}

/** A sent or published article's permanent URL (WeChat's long form: `mid` = msg_data_id, `idx` 1-based). */
export function articleUrl(appid: string, msgDataId: string, idx: number): string {
  const sn = createHash('sha256').update(`${appid}|${msgDataId}|${idx}`).digest('hex').slice(0, 32)
  return `https://mp.weixin.qq.com/s?__biz=${bizOf(appid)}&mid=${msgDataId}&idx=${idx}&sn=${sn}`
}

export interface EmulatorState {
  accounts: Map<string, AccountState>
  calls: Call[]
}

export function createAccount(
  appid: string,
  secret: string,
  kind: 'subscription' | 'service',
  tags: readonly string[] = [],
  verified = true,
): AccountState {
  return {
    appid,
    secret,
    kind,
    verified,
    whitelist: undefined,
    tokens: new Map(),
    stable: undefined,
    forceRefresh: undefined,
    images: [],
    materials: [],
    drafts: [],
    published: [],
    massSends: [],
    tags: [
      { id: 2, name: '星标组', count: 0 },
      ...tags.map((name, i) => ({ id: 100 + i, name, count: 1000 + i * 137 })),
    ],
    usage: new Map(),
    seq: 0,
  }
}

/** What a state dump shows of sent or published articles: enough to tell what went out. */
const summary = (articles: DraftArticle[], urls: string[]) =>
  articles.map((a, i) => ({ title: a.title, author: a.author, digest: a.digest, url: urls[i] ?? '' }))

/** JSON dump of the whole state (DESIGN §6.1 shape; `filter` and `articles` are additions). */
export function dumpState(state: EmulatorState, nowMs: number): unknown {
  const accounts: Record<string, unknown> = {}
  for (const [appid, a] of state.accounts) {
    accounts[appid] = {
      kind: a.kind,
      verified: a.verified,
      images: a.images,
      materials: a.materials,
      drafts: a.drafts.filter((d) => !d.deleted),
      published: a.published.map(({ articles, settled: _settled, ...p }) => ({
        ...p,
        publish_status: p.finishAt <= nowMs ? p.status : 1,
        articles: summary(articles, p.article_urls),
      })),
      massSends: a.massSends.map(({ articles, article_urls, ...m }) => ({
        ...m,
        filter: m.is_to_all ? { is_to_all: true } : { is_to_all: false, tag_id: m.tag_id },
        articles: summary(articles, article_urls),
      })),
      tags: a.tags,
    }
  }
  return { version: 1, now: new Date(nowMs).toISOString(), accounts, calls: state.calls }
}

export const PUBLISHING_HINT = 'hint: draft is being published'

/** A draft submitted to `freepublish` whose task has not finished: it can be neither sent nor changed. */
export function isPublishing(account: AccountState, mediaId: string, nowMs: number): boolean {
  return account.published.some((p) => p.media_id === mediaId && !p.settled && p.finishAt > nowMs)
}
