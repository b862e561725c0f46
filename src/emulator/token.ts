/**
 * `GET /cgi-bin/token` (classic: each call invalidates the previous token, 2000 a day) and
 * `POST stable_token` (normal mode returns the current token; `force_refresh` at most 20 times a
 * day and ≥ 30 s apart, invalidating the previous token at once).
 */
import { randomBytes } from 'node:crypto'
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import type { AccountState } from './state.js'
import { checkWhitelist } from './auth.js'
import { localDateIn } from './local-date.js'
import { countCall } from './quota.js'

/** WeChat's order of checks: grant_type (40002), appid present (41002), secret present (41004), then the values. */
function credentials(ctx: RequestContext, grantType: unknown, appid: unknown, secret: unknown): AccountState {
  if (grantType !== 'client_credential') fail('invalidGrantType')
  if (typeof appid !== 'string' || appid === '') fail('missingAppid')
  if (typeof secret !== 'string' || secret === '') fail('missingSecret')
  const account = typeof appid === 'string' ? ctx.state.accounts.get(appid) : undefined
  if (!account) fail('invalidAppid', `hint: [${String(appid)}]`)
  checkWhitelist(ctx, account)
  if (secret !== account.secret) fail('invalidSecret')
  return account
}

const newToken = () => randomBytes(48).toString('base64url')

export function classicToken(ctx: RequestContext) {
  const q = ctx.query
  const account = credentials(
    ctx,
    q.get('grant_type'),
    q.get('appid') ?? undefined,
    q.get('secret') ?? undefined,
  )
  const now = ctx.now()
  countCall(account, ctx.path, ctx.settings, now, 'tokenQuota')
  // the previous classic token stays valid 5 minutes more, then is "not latest" (40001)
  for (const [t, info] of account.tokens)
    if (info.kind === 'classic')
      account.tokens.set(t, { ...info, revokedAt: Math.min(info.revokedAt ?? Infinity, now + 300_000) })
  const token = newToken()
  account.tokens.set(token, { expiresAt: now + ctx.settings.tokenTtlSeconds * 1000, kind: 'classic' })
  return { access_token: token, expires_in: ctx.settings.tokenTtlSeconds }
}

/** Force refreshes: ≥ 30 s apart (a sooner one does not refresh), 20 a local day (then 45009). */
const FORCE_INTERVAL_MS = 30_000
const FORCE_PER_DAY = 20

export function stableToken(ctx: RequestContext) {
  if (ctx.json === undefined) fail('emptyPostData')
  const body = (ctx.json ?? {}) as {
    grant_type?: string
    appid?: string
    secret?: string
    force_refresh?: boolean
  }
  const account = credentials(ctx, body.grant_type, body.appid, body.secret)
  const now = ctx.now()
  countCall(account, ctx.path, ctx.settings, now)
  const current = account.stable
  const last = account.forceRefresh
  const force = body.force_refresh === true && !(last && now - last.at < FORCE_INTERVAL_MS)
  if (force) {
    const today = localDateIn(now, ctx.settings.timezone)
    const count = last?.date === today ? last.count : 0
    if (count >= FORCE_PER_DAY) fail('quota')
    account.forceRefresh = { at: now, date: today, count: count + 1 }
    // a forced refresh exists for leaked tokens: the previous one dies at once
    if (current) account.tokens.delete(current.token)
  } else if (current && current.expiresAt - now > 300_000) {
    return { access_token: current.token, expires_in: Math.floor((current.expiresAt - now) / 1000) }
  } else if (current) {
    // the normal renewal in its last 5 minutes: the old token lives out its time
    account.tokens.set(current.token, { expiresAt: current.expiresAt, kind: 'stable' })
  }
  const token = newToken()
  const expiresAt = now + ctx.settings.tokenTtlSeconds * 1000
  account.stable = { token, expiresAt }
  account.tokens.set(token, { expiresAt, kind: 'stable' })
  return { access_token: token, expires_in: ctx.settings.tokenTtlSeconds }
}
