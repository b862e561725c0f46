/**
 * Per-account facts worth keeping between runs, in `.wxpress/state/accounts/<account>.json` (not in
 * the per-article ledgers, whose schema the publisher owns): the follower tags as of `tags/get`.
 * A cache: derivable from WeChat, so an unreadable file is read as missing and rewritten.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeStateFile } from './state-files.js'

export interface FollowerTag {
  id: number
  name: string
  count: number
}

export interface AccountCache {
  version: 1
  account: string
  updatedAt: string
  tags?: { fetchedAt: string; list: FollowerTag[] }
}

export interface AccountCacheStore {
  read(account: string): Promise<AccountCache | undefined>
  write(cache: AccountCache): Promise<void>
}

export const accountCacheFile = (account: string) =>
  `.wxpress/state/accounts/${account.replace(/[^\w.-]+/g, '_')}.json`

export function createAccountCacheStore(root: string): AccountCacheStore {
  return {
    async read(account) {
      try {
        const json = JSON.parse(
          await readFile(path.join(root, accountCacheFile(account)), 'utf8'),
        ) as AccountCache
        return json.version === 1 && json.account === account ? json : undefined
      } catch {
        return undefined
      }
    },
    async write(cache) {
      await writeStateFile(
        root,
        accountCacheFile(cache.account),
        Buffer.from(`${JSON.stringify(cache, null, 2)}\n`),
      )
    },
  }
}
