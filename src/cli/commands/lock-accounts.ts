/**
 * `wxpress publish` takes the publish lock of every account it may act for (`publish-lock.ts`), and
 * says which lock it took over, or which one stops it and what to do about it.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { t } from '../../i18n/catalogue.js'
import type { Locale, Message } from '../../i18n/message.js'
import { publishLockMessages } from '../../i18n/messages/publish-lock.js'
import { acquireLock } from '../../publish/publish-lock.js'
import type { CliIO } from '../io.js'

const { msg } = publishLockMessages

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** An mtime as the messages show times (ISO, like a holder's `startedAt`). */
const iso = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString() : '?')

/** Takes the lock of every account, in a fixed order; on failure releases what it took. */
export async function lockAccounts(
  root: string,
  accounts: readonly string[],
  waitMs: number,
  maxAgeMs: number,
  io: CliIO,
  locale: Locale = 'en',
): Promise<{ ok: true; release: () => Promise<void> } | { ok: false; message: Message; hint: Message }> {
  const taken: (() => Promise<void>)[] = []
  const release = async () => {
    for (const r of taken.reverse()) await r()
  }
  for (const account of [...new Set(accounts)].sort()) {
    const file = path.join(root, '.wxpress', 'locks', `${account.replace(/[^\w.-]/g, '_')}.lock`)
    const shown = path.relative(root, file).split(path.sep).join('/')
    const lock = await acquireLock(file, {
      pid: process.pid,
      hostname: hostname(),
      nowMs: Date.now,
      isAlive,
      waitMs,
      maxAgeMs,
      sleep: (ms) => sleep(ms),
    })
    if (!lock.ok) {
      await release()
      const h = lock.holder
      if (h && 'unreadable' in h) {
        const written = iso(h.writtenMs)
        const minutes = Math.round(maxAgeMs / 60_000)
        return {
          ok: false,
          message: msg.lockUnreadable({ account, file: shown, written }),
          hint: msg.lockUnreadableHint({ file: shown, minutes, at: iso(h.writtenMs + maxAgeMs) }),
        }
      }
      const who = h ? { pid: h.pid, host: h.hostname, since: h.startedAt } : { pid: '', host: '', since: '' }
      return { ok: false, message: msg.lockBusy({ account, ...who }), hint: msg.lockHint() }
    }
    const old = lock.tookOver
    if (old && 'unreadable' in old) {
      const written = iso(old.writtenMs)
      io.stderr.write(`${t(locale, msg.tookOverUnreadable({ account, file: shown, written }))}\n`)
    } else if (old) {
      const { pid, startedAt } = old
      io.stderr.write(`${t(locale, msg.tookOver({ account, pid, since: startedAt }))}\n`)
    }
    taken.push(lock.release)
  }
  return { ok: true, release }
}
