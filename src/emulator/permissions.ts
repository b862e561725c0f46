/**
 * What an unverified (未认证) account may not call: since 2025-07 freepublish, and mass send, follower
 * tags and datacube are for verified accounts only (research §12); WeChat answers 48001.
 */
import { fail } from './errcodes.js'
import type { AccountState } from './state.js'

const VERIFIED_ONLY = [
  /^\/cgi-bin\/freepublish\//,
  /^\/cgi-bin\/message\/mass\/sendall$/,
  /^\/cgi-bin\/tags\//,
  /^\/datacube\//,
]

export function checkPermission(path: string, account: AccountState): void {
  if (!account.verified && VERIFIED_ONLY.some((p) => p.test(path)))
    fail('unauthorized', 'hint: this account is not verified')
}
