/** An account's config by name — own keys only, so `toString` or `__proto__` is no account. */
import type { AccountConfig, Config } from './schema.js'

export function accountConfig(config: Pick<Config, 'accounts'>, name: string): AccountConfig | undefined {
  return Object.hasOwn(config.accounts, name) ? config.accounts[name] : undefined
}
