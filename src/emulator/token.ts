/** `GET /cgi-bin/token` (classic: each call invalidates the previous token) and `POST stable_token`. */
import { randomBytes } from 'node:crypto'
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import type { AccountState } from './state.js'
import { checkWhitelist } from './auth.js'

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
  // the previous classic token stays valid 5 minutes more, then dies
  for (const [t, info] of account.tokens)
    if (info.kind === 'classic')
      account.tokens.set(t, { ...info, expiresAt: Math.min(info.expiresAt, now + 300_000) })
  const token = newToken()
  account.tokens.set(token, { expiresAt: now + ctx.settings.tokenTtlSeconds * 1000, kind: 'classic' })
  return { access_token: token, expires_in: ctx.settings.tokenTtlSeconds }
}

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
  const current = account.stable
  if (current && !body.force_refresh && current.expiresAt - now > 300_000) {
    return { access_token: current.token, expires_in: Math.floor((current.expiresAt - now) / 1000) }
  }
  if (current)
    account.tokens.set(current.token, {
      expiresAt: Math.min(current.expiresAt, now + 300_000),
      kind: 'stable',
    })
  const token = newToken()
  const expiresAt = now + ctx.settings.tokenTtlSeconds * 1000
  account.stable = { token, expiresAt }
  account.tokens.set(token, { expiresAt, kind: 'stable' })
  return { access_token: token, expires_in: ctx.settings.tokenTtlSeconds }
}
