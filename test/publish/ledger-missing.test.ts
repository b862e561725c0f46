// A clone that never ran `state pull` has no ledger: publish says so before calling anything "missed".
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

const SLOT = '2027-04-15T20:00:00+08:00'
const LATE = '2027-04-16T09:00:00+08:00'

describe('publish on a machine without ledgers', () => {
  it('warns that pushes past their slot may have been sent elsewhere, until a ledger is there', async () => {
    emu = await createEmulator({ clock: LATE })
    const env = {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    }
    const root = makeSite([{ slug: 'one', slot: SLOT }], { locale: 'zh-CN' })
    const bare = await runCli(['publish', `--now=${LATE}`], root, env)
    expect(bare.stdout).toContain(
      '本机没有发送台账（.wxpress/state/ 是空的），而最近一周有 1 次推送已过推送时间和允许的延迟',
    )
    expect(bare.stdout).toContain('wxpress state pull')
    expect(bare.stdout.indexOf('本机没有发送台账')).toBeLessThan(bare.stdout.indexOf('已错过'))
    // a push still inside its window is sent, not called missed: no reason to warn
    const fresh = makeSite([{ slug: 'two', slot: SLOT }], { locale: 'zh-CN' })
    const atSlot = await runCli(['publish', '--now=2027-04-15T20:05:00+08:00'], fresh, env)
    expect(atSlot.stdout).not.toContain('本机没有发送台账')
    // later runs find its ledger: no warning, though its slot is long past
    const later = await runCli(['publish', `--now=${LATE}`], fresh, env)
    expect(later.stdout).not.toContain('本机没有发送台账')
  })
})
