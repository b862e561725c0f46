/**
 * Preflight: what can be checked against WeChat before the slot (at merge time), as diagnostics on
 * the articles — credentials work (stable_token), the account may use the push's mode (freepublish
 * and mass send need a verified account: 48001), and the follower tags named in `audience` exist
 * (`tags/get`, cached per account). Makes no change on WeChat.
 */
import { fieldPosition, type Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import { publishMessages } from '../i18n/messages/publish.js'
import type { AccountCacheStore, FollowerTag } from '../state/account-cache.js'
import type { WechatClient } from './wechat-client.js'
import { WechatApiError } from './wechat-errors.js'
import { reportUnknownTag } from './report-unknown-tag.js'

export interface PreflightPush {
  account: string
  mode: 'draft' | 'publish' | 'broadcast'
  audience: string
  articles: readonly Article[]
}

export interface PreflightInput {
  pushes: readonly PreflightPush[]
  clientFor: (account: string) => WechatClient
  cache: AccountCacheStore
  nowMs: number
  /** Cached tags younger than this are used without asking WeChat (default 1 h). */
  tagsMaxAgeMs?: number
}

const { msg } = publishMessages

export const ALL_FOLLOWERS = '全部粉丝'

/** Probes that need the permission of a mode without creating anything. */
const PROBES: Record<'publish' | 'broadcast', { api: string; run: (c: WechatClient) => Promise<unknown> }> = {
  publish: { api: 'freepublish/batchget', run: (c) => c.publishBatchGet(0, 1) },
  broadcast: { api: 'message/mass/get', run: (c) => c.massGet(1) },
}

export async function preflight(input: PreflightInput): Promise<{ accounts: string[] }> {
  const accounts = [...new Set(input.pushes.map((p) => p.account))].sort()
  for (const account of accounts) {
    const pushes = input.pushes.filter((p) => p.account === account)
    const client = input.clientFor(account)
    try {
      await client.token()
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error
      for (const a of pushes.flatMap((p) => p.articles)) {
        report(
          a.file,
          'error',
          'publish/credentials',
          'publish',
          msg.credentials({ account, code: error.errcode ?? '', errmsg: error.errmsg }),
          {
            place: fieldPosition(a, 'account'),
            value: error.errcode === undefined ? undefined : String(error.errcode),
            hint: error.hintMessage,
          },
        )
      }
      continue
    }
    for (const mode of ['publish', 'broadcast'] as const) {
      const using = pushes.filter((p) => p.mode === mode)
      if (using.length === 0) continue
      const denied = await probe(client, mode)
      for (const a of denied ? using.flatMap((p) => p.articles) : []) {
        report(
          a.file,
          'error',
          'publish/mode-not-allowed',
          'publish',
          msg.modeNotAllowed({ account, mode, api: PROBES[mode].api, errmsg: denied ?? '' }),
          {
            place: fieldPosition(a, 'mode'),
            value: mode,
            hint: msg.modeNotAllowedHint(),
          },
        )
      }
    }
    const tagged = pushes.filter((p) => p.audience !== ALL_FOLLOWERS)
    if (tagged.length > 0) await checkTags(input, account, client, tagged)
  }
  return { accounts }
}

/** The errmsg of a 48001 to the mode's probe, or undefined when the account may use it. */
async function probe(client: WechatClient, mode: 'publish' | 'broadcast'): Promise<string | undefined> {
  try {
    await PROBES[mode].run(client)
  } catch (error) {
    if (error instanceof WechatApiError && error.errcode === 48001) return error.errmsg
    if (!(error instanceof WechatApiError)) throw error
  }
  return undefined
}

async function checkTags(
  input: PreflightInput,
  account: string,
  client: WechatClient,
  pushes: PreflightPush[],
): Promise<void> {
  const wanted = new Set(pushes.map((p) => p.audience))
  const cached = await input.cache.read(account)
  const maxAge = input.tagsMaxAgeMs ?? 3_600_000
  let tags: FollowerTag[] | undefined = cached?.tags?.list
  const fresh = cached?.tags && input.nowMs - Date.parse(cached.tags.fetchedAt) < maxAge
  if (!tags || !fresh || [...wanted].some((w) => !tags!.some((t) => t.name === w))) {
    try {
      tags = (await client.tagsGet()).tags.map(({ id, name, count }) => ({ id, name, count }))
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error
      for (const a of pushes.flatMap((p) => p.articles)) {
        report(
          a.file,
          'warning',
          'publish/unknown-tag',
          'publish',
          msg.tagsGetFailed({ code: error.errcode ?? '', errmsg: error.errmsg }),
          {
            place: fieldPosition(a, 'audience'),
            value: a.frontmatter.audience,
            hint: error.hintMessage,
          },
        )
      }
      return
    }
    const at = new Date(input.nowMs).toISOString()
    await input.cache.write({
      ...cached,
      version: 1,
      account,
      updatedAt: at,
      tags: { fetchedAt: at, list: tags },
    })
  }
  const names = tags.map((t) => t.name)
  for (const push of pushes) {
    if (!names.includes(push.audience)) reportUnknownTag(push.articles, push.audience, account, names)
  }
}
