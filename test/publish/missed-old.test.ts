/**
 * A missed push is never sent late. It fails `publish` (exit 1, an error) while the miss is new — the
 * day after its lateness window, as long as `due` keeps calling publish for it — and is a warning that
 * names it and says how to reschedule afterwards, so one old miss does not fail every later run.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
// the window closes at 23:00 (3 h); the miss is new until 23:00 the next day
const STILL_NEW = '2027-04-16T22:55:00+08:00'
const OLD = '2027-04-16T23:05:00+08:00'
const ENV = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
const massSends = () =>
  (emu.state() as { accounts: Record<string, { massSends: unknown[] }> }).accounts.wx0000000000emulator!
    .massSends.length

describe('a missed push: an error while new, a warning once old', () => {
  it('exit 1 the day after the window, exit 0 with a warning naming it afterwards; never sent', async () => {
    emu = await createEmulator({ clock: STILL_NEW })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const fresh = await runCli(['publish', `--now=${STILL_NEW}`], root, ENV())
    expect(fresh.code, fresh.stdout).toBe(1)
    expect(fresh.stdout).toMatch(/error\s+Push of .* was missed .*publish\/missed/)

    emu.setClock(Date.parse(OLD))
    const old = await runCli(['publish', `--now=${OLD}`], root, ENV())
    expect(old.code, old.stdout).toBe(0)
    expect(old.stdout).toMatch(/warning\s+`one` missed its push of 2027-04-15 20:00 Thu more than a day ago/)
    expect(old.stdout).toContain('publish/missed')
    expect(old.stdout).toContain('give it a new `slot`')
    expect(old.stdout).toMatch(/^0 sent, 0 drafted, 0 failed, 1 missed, 0 blocked$/m)
    for (const extra of [['--dry-run'], ['--locale=zh-CN']]) {
      const again = await runCli(['publish', `--now=${OLD}`, ...extra], root, ENV())
      expect(again.code, again.stdout).toBe(0)
    }
    const zh = await runCli(['publish', `--now=${OLD}`, '--locale=zh-CN'], root, ENV())
    expect(zh.stdout).toContain('`one` 错过了 2027-04-15 20:00 周四 的推送，已经超过一天；过时的推送绝不补发')
    expect(zh.stdout).toMatch(/警告/)
    expect(massSends()).toBe(0)
  })

  it('an old miss does not hide a new one, nor a push sent beside it', async () => {
    emu = await createEmulator({ clock: OLD })
    const root = makeSite([
      { slug: 'old', slot: '2027-04-14T20:00:00+08:00' },
      { slug: 'recent', slot: '2027-04-16T19:00:00+08:00' },
    ])
    const r = await runCli(['publish', `--now=${OLD}`], root, ENV())
    expect(r.code, r.stdout).toBe(1)
    expect(r.stdout).toMatch(/warning\s+`old` missed its push/)
    expect(r.stdout).toMatch(/error\s+Push of 2027-04-16 19:00 Fri was missed/)

    const sent = makeSite([
      { slug: 'old', slot: '2027-04-14T20:00:00+08:00' },
      { slug: 'today', slot: '2027-04-16T23:00:00+08:00' },
    ])
    const ok = await runCli(['publish', `--now=${OLD}`], sent, ENV())
    expect(ok.code, ok.stdout).toBe(0)
    expect(ok.stdout).toMatch(/^1 sent, 0 drafted, 0 failed, 1 missed, 0 blocked$/m)
    expect(massSends()).toBe(1)
  })
})
