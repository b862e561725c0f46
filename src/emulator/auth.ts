/** access_token checks (41001, 40001 unknown or superseded, 42001 expired) and the simulated IP whitelist (40164). */
import type { RequestContext } from './context.js'
import { fail } from './errcodes.js'
import type { AccountState } from './state.js'

export function checkWhitelist(ctx: Pick<RequestContext, 'remoteAddress'>, account: AccountState): void {
  if (!account.whitelist) return
  const ip = ctx.remoteAddress.replace(/^::ffff:/, '')
  if (!account.whitelist.includes(ip)) fail('ipNotWhitelisted', `${ip} ipv6 ::ffff:${ip}, not in whitelist`)
}

export function accountForToken(ctx: Omit<RequestContext, 'account'>): AccountState {
  const token = ctx.query.get('access_token')
  if (!token) fail('missingToken')
  const now = ctx.now()
  for (const account of ctx.state.accounts.values()) {
    const info = account.tokens.get(token)
    if (!info) continue
    // superseded before it expired: WeChat says "not latest" (40001); past its expires_in: 42001
    const revokedAt = info.revokedAt ?? Infinity
    if (revokedAt <= now && revokedAt < info.expiresAt) fail('invalidCredential')
    if (info.expiresAt <= now) fail('expiredToken')
    checkWhitelist(ctx, account)
    return account
  }
  fail('invalidCredential')
}
