/** WeChat's daily call quotas (45009), counted per account, cgi path and local day of the emulator clock. */
import type { EmulatorSettings } from './context.js'
import { fail, type ErrKey } from './errcodes.js'
import { localDateIn } from './local-date.js'
import type { AccountState } from './state.js'

/** Counts one call of `path`, or fails with `key` (45009) when the day's quota is used up. */
export function countCall(
  account: AccountState,
  path: string,
  settings: EmulatorSettings,
  nowMs: number,
  key: ErrKey = 'quota',
): void {
  const usageKey = `${path}|${localDateIn(nowMs, settings.timezone)}`
  const used = account.usage.get(usageKey) ?? 0
  const limit = settings.quotas[path]
  if (limit !== undefined && used >= limit) fail(key)
  account.usage.set(usageKey, used + 1)
}
