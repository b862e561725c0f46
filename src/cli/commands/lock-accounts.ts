/**
 * `wxpress publish` takes the publish lock of every account it may act for (`publish-lock.ts`), and
 * says which lock it took over, or which one stops it and what to do about it.
 */
import { formatLocalHuman } from '../../core/date-time.js'
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

/** Takes the lock of every account, in a fixed order; on failure releases what it took. */
export async function lockAccounts(
  root: string,
  accounts: readonly string[],
  waitMs: number,
  maxAgeMs: number,
  io: CliIO,
  locale: Locale = 'en',
  /** The site's time zone: the times in the messages are local, as everywhere else. */
  timezone = 'Asia/Shanghai',
): Promise<{ ok: true; release: () => Promise<void> } | { ok: false; message: Message; hint: Message }> {
  const local = (ms: number) => (Number.isFinite(ms) ? formatLocalHuman(ms, timezone, locale) : '?')
  const since = (startedAt: string) =>
    Number.isFinite(Date.parse(startedAt)) ? local(Date.parse(startedAt)) : startedAt
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
        const written = local(h.writtenMs)
        const minutes = Math.round(maxAgeMs / 60_000)
        return {
          ok: false,
          message: msg.lockUnreadable({ account, file: shown, written }),
          hint: msg.lockUnreadableHint({ file: shown, minutes, at: local(h.writtenMs + maxAgeMs) }),
        }
      }
      const who = h
        ? { pid: h.pid, host: h.hostname, since: since(h.startedAt) }
        : { pid: '', host: '', since: '' }
      return { ok: false, message: msg.lockBusy({ account, ...who }), hint: msg.lockHint() }
    }
    const old = lock.tookOver
    if (old && 'unreadable' in old) {
      const written = local(old.writtenMs)
      io.stderr.write(`${t(locale, msg.tookOverUnreadable({ account, file: shown, written }))}\n`)
    } else if (old) {
      const { pid, startedAt } = old
      io.stderr.write(`${t(locale, msg.tookOver({ account, pid, since: since(startedAt) }))}\n`)
    }
    taken.push(lock.release)
  }
  return { ok: true, release }
}
