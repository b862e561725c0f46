import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireLock, type LockOptions } from '../../src/publish/publish-lock.js'

const lockPath = () => path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-lock-')), 'locks', 'main.lock')
const holder = (pid: number, token: string, startedAt = '2027-04-15T12:00:00.000Z') =>
  JSON.stringify({ pid, hostname: 'host-a', startedAt, token })

function options(over: Partial<LockOptions> = {}): LockOptions {
  let now = Date.parse('2027-04-15T12:01:00Z')
  return {
    pid: 100,
    hostname: 'host-a',
    nowMs: () => now,
    isAlive: () => true,
    waitMs: 1000,
    maxAgeMs: 3_600_000,
    sleep: async (ms) => void (now += ms),
    ...over,
  }
}

describe('acquireLock', () => {
  it('creates the lock, refuses a second holder while the first lives, frees it on release', async () => {
    const file = lockPath()
    const first = await acquireLock(file, options())
    expect(first.ok).toBe(true)
    const second = await acquireLock(file, options({ pid: 200 }))
    expect(second).toMatchObject({ ok: false, holder: { pid: 100, hostname: 'host-a' } })
    if (first.ok) await first.release()
    expect((await acquireLock(file, options({ pid: 200 }))).ok).toBe(true)
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['.gitignore', 'main.lock'])
  })

  it('a lock of another host is only stale by age', async () => {
    const file = lockPath()
    await acquireLock(file, options())
    writeFileSync(
      file,
      JSON.stringify({ pid: 1, hostname: 'host-b', startedAt: '2027-04-15T12:00:00.000Z', token: 't' }),
    )
    expect((await acquireLock(file, options({ isAlive: () => false }))).ok).toBe(false)
    const aged = await acquireLock(file, options({ maxAgeMs: 30_000 }))
    expect(aged).toMatchObject({ ok: true, tookOver: { hostname: 'host-b' } })
  })

  it('never removes a racer’s fresh lock that replaced the stale one meanwhile', async () => {
    const file = lockPath()
    await acquireLock(file, options())
    writeFileSync(file, holder(4242, 'stale'))
    let swapped = false
    const result = await acquireLock(
      file,
      options({
        isAlive: (pid) => {
          if (pid === 4242 && !swapped) {
            // between our read and our rename, a racer took the stale lock over and made its own
            swapped = true
            writeFileSync(
              file,
              holder(777, 'racer', new Date(Date.parse('2027-04-15T12:01:00Z')).toISOString()),
            )
            return false
          }
          return true
        },
      }),
    )
    expect(result).toMatchObject({ ok: false, holder: { pid: 777, token: 'racer' } })
    expect(JSON.parse(readFileSync(file, 'utf8')).token).toBe('racer')
    expect(readdirSync(path.dirname(file)).filter((f) => f.includes('stale'))).toEqual([])
  })

  it('an unreadable lock (empty, garbage) blocks until it was last written longer than maxAgeMs ago (trial-1 #2)', async () => {
    for (const garbage of ['', 'garbage{', 'null', '{"pid":"x"}']) {
      const file = lockPath()
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, garbage)
      const written = Date.parse('2027-04-15T11:00:00Z')
      utimesSync(file, written / 1000, written / 1000)
      // an hour and a minute after it was written; waiting 10 s more does not make it garbage
      const young = await acquireLock(file, options({ waitMs: 10_000, maxAgeMs: 2 * 3_600_000 }))
      expect(young).toEqual({ ok: false, holder: { unreadable: true, writtenMs: written } })
      expect(readFileSync(file, 'utf8')).toBe(garbage)
      const old = await acquireLock(file, options({ waitMs: 0 }))
      expect(old).toMatchObject({ ok: true, tookOver: { unreadable: true, writtenMs: written } })
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(100)
      expect(readdirSync(path.dirname(file)).filter((f) => f.includes('stale'))).toEqual([])
    }
  })

  it('never removes a racer’s fresh (still empty) lock that replaced an old unreadable one meanwhile', async () => {
    const file = lockPath()
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, '')
    const written = Date.now() - 3 * 3_600_000 // the real clock: the racer's lock gets a real mtime
    utimesSync(file, written / 1000, written / 1000)
    let calls = 0
    const result = await acquireLock(
      file,
      options({
        waitMs: 0,
        nowMs: () => {
          // the racer's lock appears right after ours judged the old one stale (its 3rd clock read)
          if (++calls === 3) writeFileSync(file, '')
          return Date.now()
        },
      }),
    )
    expect(result.ok).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe('')
    expect(readdirSync(path.dirname(file)).filter((f) => f.includes('stale'))).toEqual([])
  })
})
